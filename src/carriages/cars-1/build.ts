import { carTransportBuild, tyreStack } from '../kit/carTransportBuild'
import { carTransport } from '../kit/shells/carTransport'

export default carTransportBuild(1, [tyreStack(11.6, carTransport.halfWidth - 0.42)])

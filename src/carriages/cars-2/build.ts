import { carTransportBuild, workbench } from '../kit/carTransportBuild'
import { WORKBENCH_X } from './layout'

export default carTransportBuild(-1, [workbench(WORKBENCH_X)])

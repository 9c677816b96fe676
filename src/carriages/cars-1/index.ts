import { HALF_WIDTH as HW } from '../../train/dimensions'
import { carTransport, tyreStack } from '../shared/carTransport'

/** First car-transport carriage: the car faces forward; spares by the far door. */
export const cars1 = carTransport('cars-1', 1, [tyreStack(11.6, HW - 0.42)])

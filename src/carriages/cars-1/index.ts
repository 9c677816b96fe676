import { carTransportCarriage } from '../kit/carTransport'

/** First car-transport carriage: the car faces forward; spares by the far door. */
export const cars1 = carTransportCarriage('cars-1', () => import('./build'))

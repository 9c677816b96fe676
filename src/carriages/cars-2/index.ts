import { carTransportCarriage, workbenchAnchor } from '../kit/carTransport'
import { WORKBENCH_X } from './layout'

/** Second car-transport carriage: the car faces back; a workbench for the drivers. */
export const cars2 = carTransportCarriage('cars-2', () => import('./build'), {
  workbench: workbenchAnchor(WORKBENCH_X),
})

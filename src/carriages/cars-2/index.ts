import { carTransport, workbench } from '../shared/carTransport'

/** Second car-transport carriage: the car faces back; a workbench for the drivers. */
export const cars2 = carTransport('cars-2', 'Car transport II', -1, [workbench(10.4)])

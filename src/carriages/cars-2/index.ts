import { carTransport, workbench, workbenchAnchor } from '../shared/carTransport'

/** Second car-transport carriage: the car faces back; a workbench for the drivers. */
const WORKBENCH_X = 10.4

export const cars2 = carTransport('cars-2', -1, [workbench(WORKBENCH_X)], { workbench: workbenchAnchor(WORKBENCH_X) })

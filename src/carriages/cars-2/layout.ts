/** Second car-transport carriage: a workbench for the drivers, this far along. */
export const WORKBENCH_X = 10.4

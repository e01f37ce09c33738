global using EmulationPortal.TestSupport;

namespace EmulationPortal.Domain.Units;

public enum OrgUnitKind
{
    GeneralDepartment = 0,
    Factory = 1,
    Workshop = 2,
    Department = 3,
    Team = 4,
}

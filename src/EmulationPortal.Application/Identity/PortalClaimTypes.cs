namespace EmulationPortal.Application.Identity;

public static class PortalClaimTypes
{
    public const string OrgUnitId = "portal:unit";
    public const string FullName = "portal:name";
}

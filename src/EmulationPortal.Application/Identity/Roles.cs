namespace EmulationPortal.Application.Identity;

/// <summary>The four roles of the portal. Names are stable identifiers; the UI shows localised labels.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string PoliticalOfficer = nameof(PoliticalOfficer);
    public const string UnitLeader = nameof(UnitLeader);
    public const string Staff = nameof(Staff);

    public static IReadOnlyList<string> All { get; } = [Admin, PoliticalOfficer, UnitLeader, Staff];
}

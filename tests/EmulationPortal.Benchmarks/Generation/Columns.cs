namespace EmulationPortal.Benchmarks.Generation;

/// <summary>The columns the generator fills, as the migrations name them (AspNet* are Identity's).</summary>
internal static class Columns
{
    public static readonly string[] OrgUnits = ["Id", "Code", "Name", "SearchName", "Kind", "ParentId", "Headcount", "IsActive", "Version"];

    public static readonly string[] Users =
    [
        "Id", "FullName", "SearchName", "StaffCode", "OrgUnitId", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
        "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount",
    ];

    public static readonly string[] UserRoles = ["UserId", "RoleId"];
    public static readonly string[] UnitTargets = ["Id", "CampaignId", "OrgUnitId", "CriterionId", "TargetValue", "Version"];

    public static readonly string[] Pledges =
        ["Id", "CampaignId", "Kind", "OrgUnitId", "UserId", "ActionProgramme", "Status", "ReturnReason", "SubmittedAtUtc", "ReviewedAtUtc", "ReviewedByUserId", "Version"];

    public static readonly string[] PledgeItems = ["Id", "PledgeId", "CriterionId", "CommittedValue"];

    public static readonly string[] ProgressReports =
        ["Id", "CampaignId", "CriterionId", "PledgeItemId", "UnitTargetId", "Value", "AsOf", "Note", "ReportedByUserId", "ReportedAtUtc", "IsSuperseded", "Version"];
}

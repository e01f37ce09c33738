using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.TestSupport;

/// <summary>
/// A new team of staff under Factory Z121, taking part in the demo drive, none of whom has pledged: the crowd that
/// the burst and crash tests submit with, each on a one-item pledge against the drive's first (percentage) criterion.
/// </summary>
public sealed record DemoDriveTeam(int OrgUnitId, IReadOnlyList<string> UserIds, int CriterionId)
{
    public const int DemoDriveId = 1;

    public static async Task<DemoDriveTeam> AddAsync(PortalDbContext db, string code, string name, int people, CancellationToken ct)
    {
        var factory = await db.OrgUnits.SingleAsync(u => u.Code == "Z121", ct);
        var team = new OrgUnit(code, name, OrgUnitKind.Team, factory, people);
        db.OrgUnits.Add(team);
        await db.SaveChangesAsync(ct);

        var campaign = await db.Campaigns.Include(c => c.Units).Include(c => c.Criteria).SingleAsync(c => c.Id == DemoDriveId, ct);
        campaign.AddParticipatingUnit(team.Id);
        var staff = Enumerable.Range(1, people).Select(i => new PortalUser
        {
            UserName = $"{code.ToLowerInvariant()}{i}@z121.demo",
            Email = $"{code.ToLowerInvariant()}{i}@z121.demo",
            FullName = $"Công nhân {i}",
            SearchName = SearchText.Fold($"Công nhân {i}"),
            OrgUnitId = team.Id,
        }).ToList();
        db.Users.AddRange(staff);
        await db.SaveChangesAsync(ct);

        return new DemoDriveTeam(team.Id, staff.Select(s => s.Id).ToList(), campaign.Criteria.Single(c => c.SortOrder == 1).Id);
    }

    /// <summary>A submission committing 100 % on the team's criterion.</summary>
    public PledgeDraft Submission(string actionProgramme) => new()
    {
        CampaignId = DemoDriveId,
        Intent = PledgeIntent.Submit,
        ActionProgramme = actionProgramme,
        Lines = [new PledgeLine { CriterionId = CriterionId, Included = true, Value = 100 }],
    };
}

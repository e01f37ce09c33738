using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Benchmarks.Pledges;

/// <summary>A new team of people taking part in a drive, none of whom has pledged: who submits in the pledge benchmarks and bursts.</summary>
internal sealed record BenchTeam(int OrgUnitId, IReadOnlyList<BenchUser> People, IReadOnlyList<(int Id, Measure Measure)> Criteria)
{
    /// <summary>Adds the team under the unit with <paramref name="parentCode"/>, through EF as an admin would.</summary>
    public static async Task<BenchTeam> AddAsync(IDbContextFactory<PortalDbContext> dbFactory, int campaignId, string parentCode, string code, int size, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var parent = await db.OrgUnits.SingleAsync(u => u.Code == parentCode, ct);
        var team = new OrgUnit(code, $"Tổ thử tải {code}", OrgUnitKind.Team, parent, size);
        db.OrgUnits.Add(team);
        await db.SaveChangesAsync(ct);

        var campaign = await db.Campaigns.Include(c => c.Units).Include(c => c.Criteria).SingleAsync(c => c.Id == campaignId, ct);
        campaign.AddParticipatingUnit(team.Id);
        var people = Enumerable.Range(1, size).Select(i => new PortalUser
        {
            UserName = $"{code}.{i}@tai.demo".ToLowerInvariant(),
            Email = $"{code}.{i}@tai.demo".ToLowerInvariant(),
            FullName = $"Công nhân {i}",
            SearchName = SearchText.Fold($"Công nhân {i}"),
            OrgUnitId = team.Id,
        }).ToList();
        db.Users.AddRange(people);
        await db.SaveChangesAsync(ct);
        var criteria = campaign.Criteria.OrderBy(c => c.SortOrder).Select(c => (c.Id, c.Measure)).ToList();
        return new BenchTeam(team.Id, people.Select(p => new BenchUser(p.Id, team.Id, Roles.Staff)).ToList(), criteria);
    }

    /// <summary>A pledge on every criterion with a value each measure accepts.</summary>
    public PledgeDraft Submission(int campaignId, string programme) => new()
    {
        CampaignId = campaignId,
        Intent = PledgeIntent.Submit,
        ActionProgramme = programme,
        Lines = Criteria.Select(c => new PledgeLine { CriterionId = c.Id, Measure = c.Measure, Included = true, Value = ValueFor(c.Measure) }).ToList(),
    };

    public static double ValueFor(Measure measure) => measure switch
    {
        Measure.YesNo => 1,
        Measure.Percentage => 95,
        _ => 100,
    };
}

using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>
/// One demo database shared by a battery's cases (they run one after another), with the people and records the hostile
/// inputs are thrown at, and a count of every table so a refused input can be shown to have written nothing.
/// </summary>
public sealed class HostileWorld : IAsyncLifetime
{
    private int _serial;
    private List<ICurrentUser> _staff = [];

    public SqliteTestDatabase Database { get; private set; } = default!;
    public int CampaignId { get; private set; }
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        CampaignId = await ReadAsync(db => db.Campaigns.Select(c => c.Id).SingleAsync(Ct));
        _staff = (await ReadAsync(db => db.Users
                .Where(u => u.Email!.StartsWith("px1.cnv") && !db.Pledges.Any(p => p.UserId == u.Id))
                .OrderBy(u => u.Email).Select(u => new { u.Id, u.OrgUnitId }).ToListAsync(Ct)))
            .Select(u => (ICurrentUser)new TestUser(u.Id, u.OrgUnitId, Roles.Staff)).ToList();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    /// <summary>A number no other case used, for codes and emails that must be unique.</summary>
    public int Next() => Interlocked.Increment(ref _serial);

    public T Get<T>()
        where T : notnull => Database.Get<T>();

    public async Task<T> ReadAsync<T>(Func<PortalDbContext, Task<T>> read)
    {
        await using var db = Database.NewContext();
        return await read(db);
    }

    public async Task<ICurrentUser> AsAsync(string email, string role)
    {
        var user = await ReadAsync(db => db.Users.SingleAsync(u => u.Email == email, Ct));
        return new TestUser(user.Id, user.OrgUnitId, role);
    }

    public Task<ICurrentUser> AdminAsync() => AsAsync(DemoAccounts.Admin.Email, Roles.Admin);

    public Task<ICurrentUser> OfficerAsync() => AsAsync(DemoAccounts.PoliticalOfficer.Email, Roles.PoliticalOfficer);

    public Task<ICurrentUser> LeaderAsync(string workshop) => AsAsync($"{workshop}.truong@z121.demo", Roles.UnitLeader);

    /// <summary>The n-th staff member of Workshop 1 who had no pledge in the demo data; each battery uses its own n.</summary>
    public ICurrentUser Staff(int n) => _staff[n];

    public Task<int> UnitIdAsync(string code) => ReadAsync(db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Ct));

    /// <summary>The person's pledge page draft with a valid value on every line.</summary>
    public async Task<PledgeDraft> FilledDraftAsync(ICurrentUser user)
    {
        var page = await Get<PledgePageQuery>().ForAsync(user, CampaignId, false, Ct);
        Assert.True(page.Succeeded, page.Status.ToString());
        var draft = page.Value!.Draft;
        foreach (var line in draft.Lines)
        {
            line.Included = true;
            line.Value = line.Measure == Measure.Percentage ? 100 : line.Measure == Measure.YesNo ? 1 : 2;
        }

        draft.ActionProgramme = "Hoàn thành vượt mức kế hoạch.";
        return draft;
    }

    /// <summary>The person's pledge, submitted now unless it already waits for review: its id and version.</summary>
    public async Task<(int Id, Guid Version)> SubmittedPledgeAsync(ICurrentUser user)
    {
        var pledge = await ReadAsync(db => db.Pledges.AsNoTracking()
            .Where(p => p.UserId == user.UserId && p.CampaignId == CampaignId).Select(p => new { p.Id, p.Status, p.Version }).SingleOrDefaultAsync(Ct));
        if (pledge is { Status: PledgeStatus.Submitted })
        {
            return (pledge.Id, pledge.Version);
        }

        var draft = await FilledDraftAsync(user);
        draft.Intent = PledgeIntent.Submit;
        var saved = await Get<SavePledge>().ExecuteAsync(user, draft, Ct);
        Assert.True(saved.Succeeded, $"{saved.Status} {saved.RuleCode}");
        return (saved.Value!.PledgeId, saved.Value.Version);
    }

    /// <summary>An item of a submitted pledge of the person, and its measure.</summary>
    public async Task<(int Key, Measure Measure)> PledgeItemAsync(ICurrentUser user, Measure measure)
    {
        var (pledgeId, _) = await SubmittedPledgeAsync(user);
        return await ReadAsync(async db =>
        {
            var items = await db.PledgeItems.AsNoTracking().Where(i => i.PledgeId == pledgeId).ToListAsync(Ct);
            var criteria = await db.Criteria.AsNoTracking().Where(c => c.CampaignId == CampaignId).ToDictionaryAsync(c => c.Id, c => c.Measure, Ct);
            var item = items.First(i => criteria[i.CriterionId] == measure);
            return (item.Id, measure);
        });
    }

    /// <summary>A target of the leader's own unit on a criterion of the measure.</summary>
    public Task<int> UnitTargetAsync(ICurrentUser leader, Measure measure) => ReadAsync(db => db.UnitTargets
        .Where(t => t.CampaignId == CampaignId && t.OrgUnitId == leader.OrgUnitId
            && db.Criteria.Any(c => c.Id == t.CriterionId && c.Measure == measure))
        .Select(t => t.Id).FirstAsync(Ct));

    public Task<TableCounts> CountsAsync() => ReadAsync(async db => new TableCounts(
        await db.OrgUnits.CountAsync(Ct), await db.Users.CountAsync(Ct), await db.Campaigns.CountAsync(Ct), await db.Criteria.CountAsync(Ct),
        await db.CriterionRevisions.CountAsync(Ct), await db.UnitTargets.CountAsync(Ct), await db.Pledges.CountAsync(Ct),
        await db.PledgeItems.CountAsync(Ct), await db.ProgressReports.CountAsync(Ct), await db.Recognitions.CountAsync(Ct),
        await db.AuditEntries.CountAsync(Ct), await db.Initiatives.CountAsync(Ct), await db.InitiativeVotes.CountAsync(Ct)));
}

/// <summary>Rows per table; equal before and after a refused input means nothing was half-saved.</summary>
public sealed record TableCounts(
    int Units, int Users, int Campaigns, int Criteria, int Revisions, int Targets, int Pledges, int PledgeItems, int ProgressReports,
    int Recognitions, int AuditEntries, int Initiatives, int InitiativeVotes);

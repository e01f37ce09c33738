using EmulationPortal.Application.Access;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Pledges;

/// <summary>The demo database, its drive, and helpers to act as its people: staff without a pledge, leaders, a filled-in draft.</summary>
public abstract class PledgeTestBase : IAsyncLifetime
{
    protected SqliteTestDatabase Database { get; private set; } = default!;
    protected int CampaignId { get; private set; }
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>More configuration for the portal under test (the SMTP server of a notification test).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async ValueTask InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateAsync(seedDemoData: true, Settings);
        await using var db = Database.NewContext();
        CampaignId = await db.Campaigns.Select(c => c.Id).SingleAsync(Ct);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    protected async Task<ICurrentUser> UserAsync(string email, string role = Roles.Staff)
    {
        await using var db = Database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == email, Ct);
        return new TestUser(user.Id, user.OrgUnitId, role);
    }

    /// <summary>A staff member of the workshop (e.g. "px2") who has not pledged in the demo data.</summary>
    protected async Task<ICurrentUser> StaffWithoutPledgeAsync(string workshop, int skip = 0)
    {
        await using var db = Database.NewContext();
        var prefix = workshop + ".cnv";
        var user = await db.Users
            .Where(u => u.Email!.StartsWith(prefix) && !db.Pledges.Any(p => p.UserId == u.Id))
            .OrderBy(u => u.Email).Skip(skip).FirstAsync(Ct);
        return new TestUser(user.Id, user.OrgUnitId, Roles.Staff);
    }

    protected Task<ICurrentUser> LeaderAsync(string workshop) => UserAsync($"{workshop}.truong@z121.demo", Roles.UnitLeader);

    protected T Get<T>()
        where T : notnull => Database.Get<T>();

    /// <summary>The page's fresh draft with every line ticked, a valid value on each and an action programme.</summary>
    protected async Task<PledgeDraft> FilledDraftAsync(ICurrentUser user, bool collective = false)
    {
        var page = await Get<PledgePageQuery>().ForAsync(user, CampaignId, collective, Ct);
        Assert.True(page.Succeeded, page.Status.ToString());
        var draft = page.Value!.Draft;
        foreach (var line in draft.Lines)
        {
            line.Included = true;
            line.Value ??= line.Measure == Measure.Percentage ? 100 : 2;
        }

        draft.ActionProgramme = "Hoàn thành vượt mức kế hoạch, bảo đảm an toàn tuyệt đối.";
        return draft;
    }

    protected async Task<SavePledge.Saved> SaveAsync(ICurrentUser user, PledgeDraft draft, PledgeIntent intent)
    {
        draft.Intent = intent;
        var outcome = await Get<SavePledge>().ExecuteAsync(user, draft, Ct);
        Assert.True(outcome.Succeeded, $"{outcome.Status} {outcome.RuleCode} {string.Join(", ", outcome.Errors.Select(e => e.Code))}");
        draft.Version = outcome.Value!.Version;
        return outcome.Value;
    }

    protected async Task<SavePledge.Saved> SubmittedPledgeAsync(ICurrentUser user) =>
        await SaveAsync(user, await FilledDraftAsync(user), PledgeIntent.Submit);

    protected async Task<Pledge> PledgeAsync(int id)
    {
        await using var db = Database.NewContext();
        return await db.Pledges.AsNoTracking().Include(p => p.Items).SingleAsync(p => p.Id == id, Ct);
    }

    /// <summary>Moves the fake clock to a day of January 2021 (the demo stands on 12/1).</summary>
    protected void Today(int day) => Database.Clock.SetUtcNow(new DateTimeOffset(2021, 1, day, 3, 0, 0, TimeSpan.Zero));
}

using System.Diagnostics;
using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reliability;

/// <summary>300 staff submit their pledges at the same moment on the embedded SQLite default (WAL, busy timeout).</summary>
public class ConcurrentSubmissionTests : IAsyncLifetime
{
    private const int Staff = 300;
    private SqliteTestDatabase _database = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Every_one_of_300_simultaneous_submissions_is_stored_whole_and_audited()
    {
        var (users, criterionId) = await AddBurstTeamAsync();
        var savePledge = _database.Get<SavePledge>();
        var start = new TaskCompletionSource();
        var timings = new double[Staff];

        var submissions = users.Select((user, i) => Task.Run(async () =>
        {
            await start.Task;
            var clock = Stopwatch.StartNew();
            var outcome = await savePledge.ExecuteAsync(user, Draft(criterionId, $"Chương trình hành động số {i}"), Ct);
            timings[i] = clock.Elapsed.TotalMilliseconds;
            return outcome;
        }, Ct)).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(submissions);

        Assert.All(outcomes, o => Assert.Equal(OutcomeStatus.Ok, o.Status));
        await using var db = _database.NewContext();
        var unitId = users[0].OrgUnitId;
        Assert.Equal(Staff, await db.Pledges.CountAsync(p => p.OrgUnitId == unitId && p.Status == PledgeStatus.Submitted, Ct));
        Assert.Equal(Staff, await db.PledgeItems.CountAsync(i => db.Pledges.Any(p => p.Id == i.PledgeId && p.OrgUnitId == unitId), Ct));
        Assert.True((await VerifyAuditChain.VerifyAsync(db, Ct)).Intact);

        Array.Sort(timings);
        TestContext.Current.SendDiagnosticMessage($"300 concurrent submissions: p50 {timings[Staff / 2]:0} ms, p95 {timings[Staff * 95 / 100]:0} ms, max {timings[^1]:0} ms");
    }

    private static PledgeDraft Draft(int criterionId, string programme) => new()
    {
        CampaignId = 1,
        Intent = PledgeIntent.Submit,
        ActionProgramme = programme,
        Lines = [new PledgeLine { CriterionId = criterionId, Included = true, Value = 100 }],
    };

    /// <summary>A new team of 300 people, taking part in the demo drive, none of whom has pledged.</summary>
    private async Task<(List<TestUser> Users, int CriterionId)> AddBurstTeamAsync()
    {
        await using var db = _database.NewContext();
        var factory = await db.OrgUnits.SingleAsync(u => u.Code == "Z121", Ct);
        var team = new OrgUnit("BURST", "Tổ thử tải", OrgUnitKind.Team, factory, Staff);
        db.OrgUnits.Add(team);
        await db.SaveChangesAsync(Ct);

        var campaign = await db.Campaigns.Include(c => c.Units).Include(c => c.Criteria).SingleAsync(c => c.Id == 1, Ct);
        campaign.AddParticipatingUnit(team.Id);
        var people = Enumerable.Range(1, Staff).Select(i => new PortalUser
        {
            UserName = $"burst{i}@z121.demo",
            Email = $"burst{i}@z121.demo",
            FullName = $"Công nhân {i}",
            SearchName = SearchText.Fold($"Công nhân {i}"),
            OrgUnitId = team.Id,
        }).ToList();
        db.Users.AddRange(people);
        await db.SaveChangesAsync(Ct);

        var percentage = campaign.Criteria.Single(c => c.SortOrder == 1).Id;
        return (people.Select(p => new TestUser(p.Id, team.Id, Roles.Staff)).ToList(), percentage);
    }
}

using System.Text.Json;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reviews;

/// <summary>Verdicts are live while the round is open and frozen from the moment it enters council.</summary>
public class VerdictSnapshotTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = default!;
    private int _roundId;
    private TestUser _officer = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync(seedDemoData: true);
        _roundId = await DemoReviewFixture.RoundIdAsync(_database, Ct);
        _officer = await DemoReviewFixture.PoliticalOfficerAsync(_database, Ct);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Task<ReviewRoundDetail?> Detail(TestUser user) => _database.Get<ReviewRoundDetailQuery>().ExecuteAsync(user, _roundId, Ct);

    /// <summary>Every verdict of the page with its checks, reasons, arguments and clauses, and the evidence shown beside it.</summary>
    private static string Verdicts(ReviewRoundDetail detail) => JsonSerializer.Serialize(new
    {
        People = detail.People.Select(p => new { p.UserId, p.Rating, p.Pledges, p.Recognitions, p.Verdicts }),
        Collectives = detail.Collectives.Select(c => new { c.UnitId, c.Rating, c.Members, c.Verdicts }),
        detail.Quotas,
    });

    /// <summary>px1.cnv02 (rated HTXSNV) falls to "not completed", cnv08 gets a pending case, PX1-T2 loses its own rating.</summary>
    private async Task EditEvidenceAsync()
    {
        await using var db = _database.NewContext();
        var cnv02 = await db.Users.SingleAsync(u => u.Email == "px1.cnv02@z121.demo", Ct);
        var cnv08 = await db.Users.SingleAsync(u => u.Email == "px1.cnv08@z121.demo", Ct);
        var team = await db.OrgUnits.SingleAsync(u => u.Code == "PX1-T2", Ct);
        (await db.AnnualRatings.SingleAsync(r => r.Year == DemoReview.Year && r.UserId == cnv02.Id, Ct)).Rating = DutyRating.NotCompleted;
        db.DisciplineRecords.Add(new DisciplineRecord(cnv08.Id, DemoReview.Year, DisciplineLevel.Reprimand, true, "Đơn phản ánh mới"));
        db.AnnualRatings.Remove(await db.AnnualRatings.SingleAsync(r => r.Year == DemoReview.Year && r.UserId == null && r.OrgUnitId == team.Id, Ct));
        await db.SaveChangesAsync(Ct);
    }

    private async Task AdvanceAsync()
    {
        var version = (await Detail(_officer))!.Version;
        Assert.True((await _database.Get<AdvanceReviewRound>().ExecuteAsync(_officer, _roundId, version, Ct)).Succeeded);
    }

    [Fact]
    public async Task While_the_round_is_open_an_edited_fact_changes_the_verdicts_at_once()
    {
        var before = Verdicts((await Detail(_officer))!);

        await EditEvidenceAsync();

        Assert.NotEqual(before, Verdicts((await Detail(_officer))!));
    }

    [Fact]
    public async Task Once_in_council_evidence_edited_afterwards_leaves_every_verdict_check_reason_and_clause_unchanged()
    {
        var before = Verdicts((await Detail(_officer))!);
        await AdvanceAsync();

        await EditEvidenceAsync();
        var council = (await Detail(_officer))!;
        await AdvanceAsync();
        var decided = (await Detail(_officer))!;

        Assert.Equal(ReviewRoundStatus.Council, council.Status);
        Assert.Equal(before, Verdicts(council));
        Assert.Equal(before, Verdicts(decided));
        var cnv02 = await DemoReviewFixture.UserAsync(_database, "px1.cnv02", Roles.Staff, Ct);
        Assert.Equal(DutyRating.Excellent, council.People.Single(p => p.UserId == cnv02.UserId).Rating); // as rated when the council began
    }

    [Fact]
    public async Task Entering_council_writes_one_audited_snapshot_per_person_and_collective_of_the_scope()
    {
        var open = (await Detail(_officer))!;

        await AdvanceAsync();

        await using var db = _database.NewContext();
        var rows = await db.VerdictSnapshots.Where(s => s.RoundId == _roundId).ToListAsync(Ct);
        Assert.Equal(open.People.Count, rows.Count(r => r.IsPerson));
        Assert.Equal(open.Collectives.Count, rows.Count(r => !r.IsPerson));
        Assert.Equal(rows.Count, await db.AuditEntries.CountAsync(e => e.EntityType == nameof(VerdictSnapshot) && e.UserId == _officer.UserId, Ct));
    }

    [Fact]
    public async Task A_leader_and_a_staff_member_read_the_frozen_round_within_their_reach_as_before()
    {
        var leader = await DemoReviewFixture.UserAsync(_database, "px1.truong", Roles.UnitLeader, Ct);
        var staff = await DemoReviewFixture.UserAsync(_database, "px1.cnv02", Roles.Staff, Ct);
        var leaderBefore = Verdicts((await Detail(leader))!);
        var staffBefore = Verdicts((await Detail(staff))!);

        await AdvanceAsync();
        await EditEvidenceAsync();

        Assert.Equal(leaderBefore, Verdicts((await Detail(leader))!));
        Assert.Equal(staffBefore, Verdicts((await Detail(staff))!));
    }
}

using EmulationPortal.Application.Common;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Reviews;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Reviews;

/// <summary>The proposed list published for working days (the demo clock is Tuesday 12/1/2021): the scope reads it and comments; the political department reads every comment.</summary>
public class DisclosureTests : IAsyncLifetime
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

    private Task<TestUser> Staff(string login) => DemoReviewFixture.UserAsync(_database, login, Roles.Staff, Ct);

    private async Task<Outcome> DiscloseAsync(TestUser user, DateOnly from, int days) =>
        await _database.Get<DiscloseNominations>().ExecuteAsync(user, new() { RoundId = _roundId, Version = (await Detail(_officer))!.Version, From = from, WorkingDays = days }, Ct);

    private async Task<Outcome<int>> CommentAsync(TestUser user, int nominationId, string text, CommentKind kind = CommentKind.Comment) =>
        await _database.Get<CommentOnNomination>().ExecuteAsync(user, new() { NominationId = nominationId, Kind = kind, Text = text }, Ct);

    [Fact]
    public async Task Once_published_the_whole_scope_reads_the_proposed_list_for_its_working_days()
    {
        var staff = await Staff("pkt.cnv01");
        Assert.Empty((await Detail(staff))!.Nominations);

        Assert.True((await DiscloseAsync(_officer, new(2021, 1, 11), 5)).Succeeded);

        var detail = (await Detail(staff))!;
        Assert.Equal(new ReviewRoundDetail.Disclosure(new(2021, 1, 11), new(2021, 1, 15), 5, Open: true), detail.Publication);
        Assert.Equal(6, detail.Nominations.Count); // PX1's five fighters and its second team
        Assert.DoesNotContain(detail.People, p => p.UserId != staff.UserId); // the list, never the others' evidence
        await using var db = _database.NewContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(ReviewRound) && e.UserId == _officer.UserId && e.Changes.Contains("DisclosureUntil"), Ct));
    }

    [Fact]
    public async Task Staff_comment_or_flag_a_wrong_fact_during_the_period_the_political_department_reads_all_and_each_author_their_own()
    {
        await DiscloseAsync(_officer, new(2021, 1, 11), 5);
        var nomination = (await Detail(_officer))!.Nominations.First();
        var first = await Staff("pkt.cnv01");
        var second = await Staff("px3.cnv02");

        Assert.True((await CommentAsync(first, nomination.Id, "Sáng kiến này chưa được Hội đồng sáng kiến công nhận.", CommentKind.WrongFact)).Succeeded);
        Assert.True((await CommentAsync(second, nomination.Id, "Đồng ý với đề nghị.")).Succeeded);

        var all = (await Detail(_officer))!.Comments;
        Assert.Equal([CommentKind.WrongFact, CommentKind.Comment], all.Select(c => c.Kind));
        Assert.All(all, c => Assert.Equal(nomination.Subject, c.Subject));
        Assert.Equal(["Sáng kiến này chưa được Hội đồng sáng kiến công nhận."], (await Detail(first))!.Comments.Select(c => c.Text));
        await using var db = _database.NewContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.EntityType == nameof(NominationComment), Ct));
    }

    [Fact]
    public async Task Comments_are_refused_before_and_after_the_period_and_on_a_returned_nomination()
    {
        var staff = await Staff("pkt.cnv01");
        var nominations = (await Detail(_officer))!.Nominations;
        Assert.Equal("comment.notInDisclosure", (await CommentAsync(staff, nominations[0].Id, "Quá sớm")).RuleCode);

        await DiscloseAsync(_officer, new(2021, 1, 11), 5);
        var returned = nominations[1];
        Assert.True((await _database.Get<DecideNomination>().ExecuteAsync(_officer, new() { NominationId = returned.Id, Version = returned.Version, Accept = false, Reason = "Thiếu hồ sơ" }, Ct)).Succeeded);
        Assert.Equal("comment.nominationNotListed", (await CommentAsync(staff, returned.Id, "Ý kiến")).RuleCode);

        _database.Clock.SetUtcNow(new DateTimeOffset(2021, 1, 18, 3, 0, 0, TimeSpan.Zero)); // Monday after the period
        Assert.Equal("comment.notInDisclosure", (await CommentAsync(staff, nominations[0].Id, "Quá muộn")).RuleCode);
        Assert.False((await Detail(staff))!.Publication!.Open);
    }

    [Fact]
    public async Task Only_the_political_department_publishes_and_only_while_the_round_takes_nominations()
    {
        var leader = await DemoReviewFixture.UserAsync(_database, "px1.truong", Roles.UnitLeader, Ct);

        Assert.Equal(OutcomeStatus.Forbidden, (await DiscloseAsync(leader, new(2021, 1, 11), 5)).Status);
        Assert.Equal(OutcomeStatus.Invalid, (await DiscloseAsync(_officer, new(2021, 1, 11), 31)).Status);
        Assert.True((await _database.Get<AdvanceReviewRound>().ExecuteAsync(_officer, _roundId, (await Detail(_officer))!.Version, Ct)).Succeeded);
        Assert.Equal("review.disclosure.notOpen", (await DiscloseAsync(_officer, new(2021, 1, 11), 5)).RuleCode);
    }
}

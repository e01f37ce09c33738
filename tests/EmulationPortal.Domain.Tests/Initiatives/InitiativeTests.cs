using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Initiatives;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Tests.Initiatives;

public class InitiativeTests
{
    private static readonly DateOnly Today = new(2021, 1, 12);
    private static readonly DateTime Now = new(2021, 1, 12, 3, 0, 0, DateTimeKind.Utc);
    private static readonly Figure TwoThirds = RuleBook.DefaultInitiativeApproval;

    private static InitiativeContent Content(string title = "Đồ gá lắp ngòi nổ", DateOnly? since = null, double? vnd = 12_000_000) =>
        InitiativeContent.Of(title, "Lắp chậm", "Đồ gá định vị", "Tổ 1, Phân xưởng 1", since ?? new(2020, 11, 1), vnd, null);

    private static Initiative Draft(params (string, double)[] authors) =>
        new(Content(), 7, authors.Length == 0 ? [("a1", 60), ("a2", 40)] : authors, "a1", Now);

    private static Initiative UnderEvaluation()
    {
        var initiative = Draft();
        initiative.File("SK-2021-001", 1, Today);
        initiative.StartEvaluation();
        return initiative;
    }

    private static string CodeOf(Action act) => Assert.Throws<DomainRuleException>(act).Code;

    [Fact]
    public void A_draft_is_filed_with_its_code_and_council_and_is_searchable_without_diacritics()
    {
        var initiative = Draft();

        initiative.File("SK-2021-001", 1, Today);

        Assert.Equal(InitiativeState.Filed, initiative.State);
        Assert.Equal(Today, initiative.FiledOn);
        Assert.Contains("sk-2021-001 do ga lap ngoi no", initiative.SearchName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100.0, 0.0, "initiative.authors.shares")]
    [InlineData(50.0, 40.0, "initiative.authors.shares")]
    [InlineData(double.NaN, 100.0, "initiative.authors.shares")]
    public void Co_authors_shares_are_positive_and_add_up_to_100(double first, double second, string code) =>
        Assert.Equal(code, CodeOf(() => Draft(("a1", first), ("a2", second))));

    [Fact]
    public void An_author_is_listed_once() =>
        Assert.Equal("initiative.authors.duplicate", CodeOf(() => Draft(("a1", 50), ("a1", 50))));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(2e12)]
    public void A_saving_is_a_finite_non_negative_figure(double saving) =>
        Assert.Equal("initiative.saving.outOfRange", CodeOf(() => Content(vnd: saving)));

    [Fact]
    public void A_title_is_required_and_fits_its_column()
    {
        Assert.Equal("initiative.title.required", CodeOf(() => Content(title: " \u202e ")));
        Assert.Equal("initiative.title.tooLong", CodeOf(() => Content(title: new string('x', InitiativeContent.TitleMaxLength + 1))));
    }

    [Fact]
    public void An_initiative_not_applied_yet_cannot_be_filed()
    {
        var initiative = new Initiative(Content(since: Today.AddDays(1)), 7, [("a1", 100)], "a1", Now);

        Assert.Equal("initiative.appliedSince.future", CodeOf(() => initiative.File("SK-2021-001", 1, Today)));
    }

    [Fact]
    public void Once_filed_it_cannot_be_revised() =>
        Assert.Equal("initiative.state", CodeOf(() => UnderEvaluation().Revise(Content(), [("a1", 100)])));

    [Fact]
    public void An_author_cannot_vote_on_their_own_initiative() =>
        Assert.Equal("initiative.vote.author", CodeOf(() => UnderEvaluation().Vote("a2", true, 90, Now)));

    [Fact]
    public void A_member_votes_once_and_a_second_vote_replaces_the_first()
    {
        var initiative = UnderEvaluation();

        initiative.Vote("m1", true, 80, Now);
        initiative.Vote("m1", false, 40, Now);

        Assert.False(Assert.Single(initiative.Votes).Agrees);
    }

    [Fact]
    public void Recognition_needs_two_thirds_of_the_sitting_members()
    {
        var initiative = UnderEvaluation();
        var sitting = new HashSet<string> { "m1", "m2", "m3" };
        initiative.Vote("m1", true, 80, Now);
        initiative.Vote("m2", false, 30, Now);

        Assert.Equal("initiative.recognise.notEnoughVotes", CodeOf(() => initiative.Recognise(InitiativeScope.Base, sitting, TwoThirds, Today)));

        initiative.Vote("m3", true, 75, Now);
        initiative.Recognise(InitiativeScope.Ministry, sitting, TwoThirds, Today);
        Assert.Equal(InitiativeState.Recognised, initiative.State);
        Assert.Equal(InitiativeScope.Ministry, initiative.Scope);
    }

    [Fact]
    public void Votes_of_members_no_longer_sitting_do_not_count()
    {
        var initiative = UnderEvaluation();
        initiative.Vote("gone", true, 80, Now);
        initiative.Vote("m1", true, 80, Now);

        Assert.Equal("initiative.recognise.notEnoughVotes", CodeOf(() => initiative.Recognise(InitiativeScope.Base, new HashSet<string> { "m1", "m2" }, TwoThirds, Today)));
    }

    [Fact]
    public void A_rejection_needs_a_reason()
    {
        var initiative = UnderEvaluation();

        Assert.Equal("initiative.reason.required", CodeOf(() => initiative.Reject("  ", Today)));
        initiative.Reject("Chưa chứng minh được hiệu quả", Today);
        Assert.Equal(InitiativeState.Rejected, initiative.State);
    }

    [Fact]
    public void A_recognised_initiative_counts_once_and_is_consumed_by_one_award()
    {
        var initiative = UnderEvaluation();
        initiative.Vote("m1", true, 90, Now);
        initiative.Recognise(InitiativeScope.Base, new HashSet<string> { "m1" }, TwoThirds, Today);

        initiative.CountedBy(42);
        initiative.Consume("Chiến sĩ thi đua cơ sở 2021", 2021, 3);

        Assert.Equal("initiative.alreadyCounted", CodeOf(() => initiative.CountedBy(43)));
        Assert.Equal("initiative.state", CodeOf(() => initiative.Consume("Bằng khen 2021", 2021, 4)));
        Assert.Equal(InitiativeState.Consumed, initiative.State);
    }

    [Fact]
    public void A_draft_cannot_be_counted_nor_consumed()
    {
        var initiative = Draft();

        Assert.Equal("initiative.alreadyCounted", CodeOf(() => initiative.CountedBy(1)));
        Assert.Equal("initiative.state", CodeOf(() => initiative.Consume("x", 2021, null)));
    }
}

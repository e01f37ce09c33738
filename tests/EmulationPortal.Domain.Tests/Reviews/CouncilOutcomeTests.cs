using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Tests.Reviews;

public class CouncilOutcomeTests
{
    [Fact]
    public void An_accepted_nomination_in_council_records_the_council_outcome()
    {
        var (round, nomination) = Nominated();
        nomination.Accept(round, "political");
        round.Advance();

        nomination.RecordCouncilOutcome(round, CouncilOutcome.Approved);

        Assert.Equal(CouncilOutcome.Approved, nomination.CouncilOutcome);
    }

    [Fact]
    public void A_nomination_not_yet_accepted_gets_no_council_outcome()
    {
        var (round, nomination) = Nominated();
        round.Advance();

        var refused = Assert.Throws<DomainRuleException>(() => nomination.RecordCouncilOutcome(round, CouncilOutcome.Approved));

        Assert.Equal("nomination.notBeforeCouncil", refused.Code);
    }

    [Fact]
    public void An_open_round_takes_no_council_outcome()
    {
        var (round, nomination) = Nominated();
        nomination.Accept(round, "political");

        Assert.Throws<DomainRuleException>(() => nomination.RecordCouncilOutcome(round, CouncilOutcome.Rejected));
    }

    private static (ReviewRound Round, Nomination Nomination) Nominated()
    {
        var round = new ReviewRound("Bình xét 2021", 2021, 1, SeededRuleBooks.Army2018(), new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.GrassrootsFighter]);
        round.Advance();
        var nomination = Nomination.OfPerson(round, AwardTitle.GrassrootsFighter, 2, 3, "worker", "Hoàn thành xuất sắc nhiệm vụ", "leader", DomainBuilder.Now);
        return (round, nomination);
    }
}

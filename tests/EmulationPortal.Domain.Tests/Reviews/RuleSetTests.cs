using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Tests.Reviews;

public class RuleSetTests
{
    [Theory]
    [InlineData(2021, 12, 31, SeededRuleBooks.Army2018Code)]
    [InlineData(2025, 6, 30, SeededRuleBooks.Army2018Code)]
    [InlineData(2025, 7, 1, SeededRuleBooks.CurrentCode)]
    public void A_round_takes_the_rule_set_in_force_on_its_reference_day(int year, int month, int day, string expected)
    {
        var sets = new[] { SeededRuleBooks.Current(), SeededRuleBooks.Army2018() };

        Assert.Equal(expected, RuleSet.InForceOn(sets, new DateOnly(year, month, day))!.Code);
    }

    [Fact]
    public void No_rule_set_is_in_force_before_the_first() =>
        Assert.Null(RuleSet.InForceOn([SeededRuleBooks.Army2018()], new DateOnly(2017, 12, 31)));

    [Fact]
    public void A_rule_set_used_by_a_round_past_council_cannot_be_revised()
    {
        var set = SeededRuleBooks.Army2018();

        var refused = Assert.Throws<DomainRuleException>(() => set.Revise(SeededRuleBooks.Current().Book, usedByFrozenRound: true));

        Assert.Equal("ruleSet.frozen", refused.Code);
    }

    [Fact]
    public void Secret_ballot_is_required_for_fighters_with_thresholds_labelled_unconfirmed()
    {
        foreach (var set in new[] { SeededRuleBooks.Army2018(), SeededRuleBooks.Current() })
        {
            var fighter = set.Book.Title(AwardTitle.GrassrootsFighter);
            Assert.True(fighter.SecretBallot);
            Assert.Equal(0.8m, fighter.VoteThreshold!.Value);
            Assert.True(fighter.VoteThreshold.Clause.Unconfirmed);
            Assert.False(set.Book.Title(AwardTitle.AdvancedWorker).SecretBallot);
            Assert.Equal("Chiến sĩ tiên tiến", set.Book.Title(AwardTitle.AdvancedWorker).ArmyName);
        }
    }

    [Fact]
    public void A_round_moves_through_its_states_in_order_and_stops_at_closed()
    {
        var round = new ReviewRound("Bình xét 2021", 2021, 1, SeededRuleBooks.Army2018(), new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.AdvancedWorker]);

        var seen = new List<ReviewRoundStatus> { round.Status };
        for (var i = 0; i < 4; i++)
        {
            round.Advance();
            seen.Add(round.Status);
        }

        Assert.Equal([ReviewRoundStatus.Draft, ReviewRoundStatus.Open, ReviewRoundStatus.Council, ReviewRoundStatus.Decided, ReviewRoundStatus.Closed], seen);
        Assert.Equal("review.closed", Assert.Throws<DomainRuleException>(round.Advance).Code);
    }

    [Fact]
    public void A_round_refuses_a_rule_set_not_yet_in_force() =>
        Assert.Equal("review.ruleSet.notInForce", Assert.Throws<DomainRuleException>(() =>
            new ReviewRound("x", 2021, 1, SeededRuleBooks.Current(), new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.AdvancedWorker])).Code);

    [Fact]
    public void Nominations_are_taken_only_while_the_round_is_open()
    {
        var round = new ReviewRound("x", 2021, 1, SeededRuleBooks.Army2018(), new(2021, 12, 15), new(2021, 12, 25), [AwardTitle.GrassrootsFighter]);

        Assert.Equal("nomination.roundNotOpen", Assert.Throws<DomainRuleException>(() =>
            Nomination.OfPerson(round, AwardTitle.GrassrootsFighter, 1, 1, "p", "Thành tích", "u", DateTime.UtcNow)).Code);
        round.Advance();
        var nomination = Nomination.OfPerson(round, AwardTitle.GrassrootsFighter, 1, 1, "p", "Thành tích", "u", DateTime.UtcNow);
        nomination.Return(round, "pct", "Bổ sung sáng kiến");
        Assert.Equal((NominationStatus.Returned, "Bổ sung sáng kiến"), (nomination.Status, nomination.ReturnReason));
    }
}

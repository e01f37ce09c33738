using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Council;
using static EmulationPortal.Domain.Tests.Council.CouncilBuilder;

namespace EmulationPortal.Domain.Tests.Council;

public class BallotBoxTests
{
    [Fact]
    public void A_present_member_casts_one_ballot_that_names_no_voter()
    {
        var session = Session(members: 9, present: 8);
        var round = Start(session, Fighter, 10, 11);

        var (voted, ballot) = BallotBox.Cast(session, round.Id, session.Attendees[3], inWriting: false, alreadyVoted: false, [11], 42, "hash");
        var twice = Assert.Throws<DomainRuleException>(() => BallotBox.Cast(session, round.Id, session.Attendees[3], false, alreadyVoted: true, [11], 43, "hash2"));

        Assert.Equal((round.Id, session.Attendees[3].Id, false), (voted.BallotRoundId, voted.AttendeeId, voted.InWriting));
        Assert.Equal([11], ballot.Approved);
        Assert.Equal("council.ballot.alreadyVoted", twice.Code);
        Assert.DoesNotContain(typeof(Ballot).GetProperties(), p => p.Name.Contains("Attendee", StringComparison.Ordinal) || p.Name.Contains("User", StringComparison.Ordinal) || p.PropertyType == typeof(DateTime));
    }

    [Fact]
    public void An_absent_member_votes_only_in_writing_and_a_present_one_never_so()
    {
        var session = Session(members: 9, present: 8);
        var round = Start(session, Fighter, 10);
        var absent = session.Attendees[8];

        var own = Assert.Throws<DomainRuleException>(() => BallotBox.Cast(session, round.Id, absent, inWriting: false, false, [10], 1, "a"));
        var forPresent = Assert.Throws<DomainRuleException>(() => BallotBox.Cast(session, round.Id, session.Attendees[0], inWriting: true, false, [10], 2, "b"));
        var (written, _) = BallotBox.Cast(session, round.Id, absent, inWriting: true, false, [10], 3, "c");

        Assert.Equal("council.ballot.notVoter", own.Code);
        Assert.Equal("council.ballot.notVoter", forPresent.Code);
        Assert.True(written.InWriting);
    }

    [Fact]
    public void No_ballot_after_the_round_closed_nor_for_a_nominee_off_the_list_nor_in_an_open_vote()
    {
        var session = Session(members: 9, present: 9);
        var advanced = Start(session, Advanced, 20);
        var openVote = Assert.Throws<DomainRuleException>(() => BallotBox.Cast(session, advanced.Id, session.Attendees[0], false, false, [20], 1, "a"));
        Count(session, advanced, Advanced, new() { [20] = 9 });
        var round = Start(session, Fighter, 10);

        var offList = Assert.Throws<DomainRuleException>(() => BallotBox.Cast(session, round.Id, session.Attendees[0], false, false, [99], 2, "b"));
        Count(session, round, Fighter, new() { [10] = 9 });
        var late = Assert.Throws<DomainRuleException>(() => BallotBox.Cast(session, round.Id, session.Attendees[0], false, false, [10], 3, "c"));

        Assert.Equal(["council.ballot.notOpen", "council.ballot.notOnList", "council.ballot.notOpen"], new[] { openVote.Code, offList.Code, late.Code });
    }
}

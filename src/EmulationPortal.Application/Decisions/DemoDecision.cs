using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Decisions;
using EmulationPortal.Domain.Reviews;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Decisions;

/// <summary>
/// The 2020 review round of Z121, decided: the council approved the fighters and PX1 of the demo's earlier titles, left
/// one to the director (included), and decision 1/QĐ-Z121 of 30/12/2020 awards them, so the demo shows a decision, its
/// certificates and their public verification. The 2021 round stays open for nominations.
/// </summary>
internal sealed class DemoDecision(PortalDbContext db)
{
    public const int Year = 2020;
    public const string RoundName = "Bình xét thi đua năm 2020 – Nhà máy Z121";
    public const string SignerName = "Nguyễn Văn Thắng";
    public const string SignerTitle = "Giám đốc";

    private static readonly DateTime At = new(Year, 12, 30, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>The council's results: cnv10 was left to the director after two ballot rounds; cnv12's ad-hoc year is another matter.</summary>
    private static readonly (string Login, CouncilOutcome Outcome)[] Fighters =
    [
        ("px1.cnv08", CouncilOutcome.Approved), ("px1.cnv09", CouncilOutcome.Approved), ("px1.cnv10", CouncilOutcome.LeftToCompetentPerson),
        ("px1.cnv11", CouncilOutcome.Approved), ("px1.cnv12", CouncilOutcome.Approved),
    ];

    public async Task SeedAsync(IReadOnlyDictionary<string, OrgUnit> units, IReadOnlyList<PortalUser> users, CancellationToken ct)
    {
        var people = users.ToDictionary(u => u.Email!.Split('@')[0]);
        var ruleSet = await db.RuleSets.SingleAsync(r => r.Code == SeededRuleBooks.Army2018Code, ct);
        var round = new ReviewRound(RoundName, Year, units["Z121"].Id, ruleSet, new(Year, 12, 15), new(Year, 12, 25),
            [AwardTitle.AdvancedWorker, AwardTitle.GrassrootsFighter, AwardTitle.AdvancedCollective]);
        round.Advance();
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync(ct);

        var leader = people["px1.truong"].Id;
        var nominations = Fighters.Select(f => (Nomination.OfPerson(round, AwardTitle.GrassrootsFighter, units["PX1"].Id, people[f.Login].OrgUnitId,
            people[f.Login].Id, "Hoàn thành xuất sắc nhiệm vụ năm 2020.", leader, At), f.Outcome)).ToList();
        nominations.Add((Nomination.OfCollective(round, AwardTitle.AdvancedCollective, units["PX1"].Id, units["PX1"].Id,
            "Phân xưởng hoàn thành kế hoạch sản xuất năm 2020.", leader, At), CouncilOutcome.Approved));
        db.Nominations.AddRange(nominations.Select(n => n.Item1));
        await db.SaveChangesAsync(ct);
        await EnterCouncilAsync(round, ct);

        var officer = people["chinhtri"].Id;
        foreach (var (nomination, outcome) in nominations)
        {
            nomination.Accept(round, officer);
            nomination.RecordCouncilOutcome(round, outcome);
        }

        var names = users.ToDictionary(u => u.Id, u => u.FullName);
        var unitNames = units.Values.ToDictionary(u => u.Id, u => u.Name);
        var decision = new AwardDecision(round, DraftDecision.LegalBasis(ruleSet.Book),
            nominations.Select(n => DraftDecision.LineFor(n.Item1, ruleSet.Book, names, unitNames)), officer, At);
        decision.SetSigner(SignerName, SignerTitle);
        db.AwardDecisions.Add(decision);
        await db.SaveChangesAsync(ct);

        decision.Include(decision.Lines.Single(l => l.ByCompetentPerson).Id, true);
        db.Set<DecisionNumberSeries>().Add(new DecisionNumberSeries { IssuingUnitId = round.ScopeUnitId, Year = Year, LastNumber = 1 });
        decision.Issue(1, "Z121", new(Year, 12, 30), officer, At, VerificationCode.New);
        round.Advance();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>As <see cref="Reviews.AdvanceReviewRound"/> does: the verdicts are frozen with the step into council, so the decided round reads as the council saw it.</summary>
    private async Task EnterCouncilAsync(ReviewRound round, CancellationToken ct)
    {
        var assessment = (await Reviews.RoundAssessor.AssessAsync(db, round.Id, ct))!;
        db.VerdictSnapshots.AddRange(Reviews.VerdictSnapshots.Of(assessment, At));
        round.Advance();
        await db.SaveChangesAsync(ct);
    }
}

using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EmulationPortal.E2E.Tests.Council;

/// <summary>
/// A council journey's own review round of Z121, so the demo's rounds stay as the other journeys expect them: CSTĐCS
/// nominations of PX1 for the people named, accepted by the political department, the round moved to council.
/// </summary>
internal static class CouncilRounds
{
    /// <returns>The round, each nomination's id with its nominee's full name (in the order named), and every demo account's full name by email.</returns>
    public static async Task<(int RoundId, Dictionary<int, string> Nominees, Dictionary<string, string> Names)> InCouncilAsync(
        IServiceProvider services, string name, int year, params string[] nomineeEmails)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var users = await db.Users.Where(u => u.Email!.EndsWith("@z121.demo")).ToDictionaryAsync(u => u.Email!);
        var ruleSet = await db.RuleSets.SingleAsync(r => r.Code == SeededRuleBooks.Army2018Code);
        var factory = await db.OrgUnits.SingleAsync(u => u.Code == "Z121");
        var px1 = await db.OrgUnits.SingleAsync(u => u.Code == "PX1");
        var round = new ReviewRound(name, year, factory.Id, ruleSet, new(year, 12, 15), new(year, 12, 25), [AwardTitle.GrassrootsFighter]);
        round.Advance();
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync();
        var at = new DateTime(year, 12, 20, 2, 0, 0, DateTimeKind.Utc);
        var nominations = nomineeEmails.Select(e => Nomination.OfPerson(round, AwardTitle.GrassrootsFighter, px1.Id, users[e].OrgUnitId, users[e].Id,
            "Hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận.", users[DemoAccounts.Workshop1Leader.Email].Id, at)).ToList();
        db.Nominations.AddRange(nominations);
        await db.SaveChangesAsync();
        nominations.ForEach(n => n.Accept(round, users[DemoAccounts.PoliticalOfficer.Email].Id));
        round.Advance();
        await db.SaveChangesAsync();
        var names = users.ToDictionary(u => u.Key, u => u.Value.FullName);
        return (round.Id, nominations.ToDictionary(n => n.Id, n => names[nomineeEmails[nominations.IndexOf(n)]]), names);
    }

    /// <summary>The chair signs in and opens the round's session from the round's page; the session page's path.</summary>
    public static async Task<(IPage Chair, string SessionPath)> OpenSessionAsync(PortalBrowser browser, string chairEmail, int roundId)
    {
        var chair = await browser.SignedInPageAsync(chairEmail);
        await chair.GotoAsync($"/reviews/{roundId}");
        await PortalBrowser.WaitUntilInteractiveAsync(chair);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Mở phiên họp Hội đồng" }).ClickAsync(new() { Timeout = 20_000 });
        await chair.WaitForURLAsync("**/council/sessions/*");
        return (chair, new Uri(chair.Url).AbsolutePath);
    }
}

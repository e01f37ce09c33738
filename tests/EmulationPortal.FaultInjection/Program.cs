using EmulationPortal.Application;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Usage: EmulationPortal.FaultInjection <sqlite-file> <people>
// Adds a team of <people> to the demo drive, prints READY, then submits their pledges eight at a time through the real
// SavePledge use case, printing "ACK <user id>" after each one is committed. The test kills this process mid-burst.
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = $"Data Source={args[0]}" })
    .Build();
var services = new ServiceCollection()
    .AddLogging()
    .AddSingleton<IConfiguration>(configuration)
    .AddSingleton(ShiftedTimeProvider.For(new DateOnly(2021, 1, 12), TimeProvider.System))
    .AddPortalDatabase(configuration, Environment.CurrentDirectory)
    .AddPortalUseCases();
services.AddPortalIdentityStore();
await using var provider = services.BuildServiceProvider();

var people = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var (users, criterionId) = await AddTeamAsync(provider.GetRequiredService<IDbContextFactory<PortalDbContext>>(), people);
Console.WriteLine("READY");

var savePledge = provider.GetRequiredService<SavePledge>();
await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (user, ct) =>
{
    var draft = new PledgeDraft
    {
        CampaignId = 1,
        Intent = PledgeIntent.Submit,
        ActionProgramme = "Bảo đảm tuyệt đối an toàn, hoàn thành đúng tiến độ.",
        Lines = [new PledgeLine { CriterionId = criterionId, Included = true, Value = 100 }],
    };
    var outcome = await savePledge.ExecuteAsync(user, draft, ct);
    if (outcome.Succeeded)
    {
        Console.WriteLine($"ACK {user.UserId}");
    }
});
Console.WriteLine("DONE");

static async Task<(List<Writer> Users, int CriterionId)> AddTeamAsync(IDbContextFactory<PortalDbContext> dbFactory, int people)
{
    await using var db = await dbFactory.CreateDbContextAsync();
    var factory = await db.OrgUnits.SingleAsync(u => u.Code == "Z121");
    var team = new OrgUnit("CRASH", "Tổ thử sự cố", OrgUnitKind.Team, factory, people);
    db.OrgUnits.Add(team);
    await db.SaveChangesAsync();
    var campaign = await db.Campaigns.Include(c => c.Units).Include(c => c.Criteria).SingleAsync(c => c.Id == 1);
    campaign.AddParticipatingUnit(team.Id);
    var staff = Enumerable.Range(1, people).Select(i => new PortalUser
    {
        UserName = $"crash{i}@z121.demo",
        Email = $"crash{i}@z121.demo",
        FullName = $"Công nhân {i}",
        SearchName = SearchText.Fold($"Công nhân {i}"),
        OrgUnitId = team.Id,
    }).ToList();
    db.Users.AddRange(staff);
    await db.SaveChangesAsync();
    return (staff.Select(s => new Writer(s.Id, team.Id)).ToList(), campaign.Criteria.Single(c => c.SortOrder == 1).Id);
}

internal sealed record Writer(string UserId, int OrgUnitId) : EmulationPortal.Application.Access.ICurrentUser
{
    public bool IsInRole(string role) => role == Roles.Staff;
}

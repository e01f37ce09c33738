using EmulationPortal.Application;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.TestSupport;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Pledges;
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
DemoDriveTeam team;
await using (var db = await provider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
{
    team = await DemoDriveTeam.AddAsync(db, "CRASH", "Tổ thử sự cố", people, CancellationToken.None);
}

Console.WriteLine("READY");

var savePledge = provider.GetRequiredService<SavePledge>();
await Parallel.ForEachAsync(team.UserIds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (userId, ct) =>
{
    var outcome = await savePledge.ExecuteAsync(new Writer(userId, team.OrgUnitId), team.Submission("Bảo đảm tuyệt đối an toàn, hoàn thành đúng tiến độ."), ct);
    if (outcome.Succeeded)
    {
        Console.WriteLine($"ACK {userId}");
    }
});
Console.WriteLine("DONE");

internal sealed record Writer(string UserId, int OrgUnitId) : EmulationPortal.Application.Access.ICurrentUser
{
    public bool IsInRole(string role) => role == Roles.Staff;
}

using EmulationPortal.Application.Data;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Benchmarks;
using EmulationPortal.Benchmarks.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Usage: EmulationPortal.FaultInjection <sqlite-file> <people>
// Adds a team of <people> to the demo drive, prints READY, then submits their one-item pledges eight at a time through
// the real SavePledge use case, printing "ACK <user id>" after each one is committed. The test kills this process mid-burst.
const int DemoDrive = 1;
await using var provider = PortalServices.Build(DatabaseProvider.Sqlite, PortalServices.SqliteConnection(args[0]), today: new DateOnly(2021, 1, 12));
var people = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var team = await BenchTeam.AddAsync(provider.GetRequiredService<IDbContextFactory<PortalDbContext>>(), DemoDrive, "Z121", "CRASH", people);
var (criterionId, measure) = team.Criteria[0];
Console.WriteLine("READY");

var savePledge = provider.GetRequiredService<SavePledge>();
await Parallel.ForEachAsync(team.People, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (person, ct) =>
{
    var pledge = new PledgeDraft
    {
        CampaignId = DemoDrive,
        Intent = PledgeIntent.Submit,
        ActionProgramme = "Bảo đảm tuyệt đối an toàn, hoàn thành đúng tiến độ.",
        Lines = [new PledgeLine { CriterionId = criterionId, Measure = measure, Included = true, Value = BenchTeam.ValueFor(measure) }],
    };
    if ((await savePledge.ExecuteAsync(person, pledge, ct)).Succeeded)
    {
        Console.WriteLine($"ACK {person.UserId}");
    }
});
Console.WriteLine("DONE");

using EmulationPortal.Application.Audit;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Benchmarks.Generation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Benchmarks.Pledges;

/// <summary>
/// <c>burst</c>: a team of <c>--people</c> (300) submits at the same moment through SavePledge on a copy of the generated
/// database; prints whether all succeeded and none was lost, the audit chain, and p50/p95/max latency.
/// </summary>
internal static class BurstCommand
{
    public static async Task<int> RunAsync(CommandOptions line)
    {
        var people = line.Number("people", 300);
        var source = await BenchDatabase.EnsureAsync(line.Text("database", BenchDatabase.DefaultFile), Scale.Ministry);
        var scratch = BenchDatabase.CopyOf(source);
        try
        {
            await using var services = PortalServices.Build(DatabaseProvider.Sqlite, PortalServices.SqliteConnection(scratch));
            var dbFactory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            await using var db = await dbFactory.CreateDbContextAsync();
            var campaignId = await db.Campaigns.Select(c => c.Id).SingleAsync();
            var team = await BenchTeam.AddAsync(dbFactory, campaignId, "Z101", "BURST", people);
            var burst = await SubmissionBurst.RunAsync(
                services.GetRequiredService<SavePledge>(),
                team.People.Select((p, i) => (p, team.Submission(campaignId, $"Chương trình hành động số {i}"))).ToList());

            var succeeded = burst.Outcomes.Count(o => o.Status == OutcomeStatus.Ok);
            var stored = await db.Pledges.CountAsync(p => p.OrgUnitId == team.OrgUnitId);
            var items = await db.PledgeItems.CountAsync(i => db.Pledges.Any(p => p.Id == i.PledgeId && p.OrgUnitId == team.OrgUnitId));
            var audit = await VerifyAuditChain.VerifyAsync(db, CancellationToken.None);
            Console.WriteLine($"{people} concurrent submissions through SavePledge on {Path.GetFileName(source)}: {succeeded} succeeded, {stored} pledges and {items} items stored "
                + $"(expected {people} and {people * team.Criteria.Count}), audit chain {(audit.Intact ? "intact" : $"broken at {audit.BrokenAt}")}");
            Console.WriteLine($"latency p50 {burst.Percentile(50):0} ms, p95 {burst.Percentile(95):0} ms, max {burst.SortedMilliseconds[^1]:0} ms; whole burst {burst.Elapsed.TotalSeconds:0.0} s");
            return succeeded == people && stored == people && items == people * team.Criteria.Count && audit.Intact ? 0 : 1;
        }
        finally
        {
            BenchDatabase.Delete(scratch);
        }
    }
}

using System.Diagnostics;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Pledges;

namespace EmulationPortal.Benchmarks.Pledges;

/// <summary>Everyone submits through the real use case at the same moment; each submission's outcome and latency.</summary>
internal static class SubmissionBurst
{
    public sealed record Result(IReadOnlyList<Outcome<SavePledge.Saved>> Outcomes, double[] SortedMilliseconds, TimeSpan Elapsed)
    {
        public double Percentile(int p) => SortedMilliseconds[Math.Min(SortedMilliseconds.Length - 1, SortedMilliseconds.Length * p / 100)];
    }

    public static async Task<Result> RunAsync(SavePledge savePledge, IReadOnlyList<(BenchUser User, PledgeDraft Draft)> submissions, CancellationToken ct = default)
    {
        var start = new TaskCompletionSource();
        var timings = new double[submissions.Count];
        var tasks = submissions.Select((s, i) => Task.Run(async () =>
        {
            await start.Task;
            var clock = Stopwatch.StartNew();
            var outcome = await savePledge.ExecuteAsync(s.User, s.Draft, ct);
            timings[i] = clock.Elapsed.TotalMilliseconds;
            return outcome;
        }, ct)).ToList();
        var total = Stopwatch.StartNew();
        start.SetResult();
        var outcomes = await Task.WhenAll(tasks);
        total.Stop();
        Array.Sort(timings);
        return new Result(outcomes, timings, total.Elapsed);
    }
}

// Loaded by the runtime into an app started with DOTNET_STARTUP_HOOKS=<path>/GcProbe.dll and PERF_GC_PROBE_DIR set.
// When the file <dir>/<pid>.request appears it forces two full, blocking, compacting collections (finalizers run in
// between) and writes "<managed heap bytes after GC> <committed bytes>" to <dir>/<pid>.response. This lets the
// measurement read the memory the circuits really hold, the same way in the portal and in the stock template,
// without touching either app. Polls every 200 ms on a background thread; does nothing else.
using System.Diagnostics;

internal sealed class StartupHook
{
    public static void Initialize()
    {
        var dir = Environment.GetEnvironmentVariable("PERF_GC_PROBE_DIR");
        if (string.IsNullOrEmpty(dir))
        {
            return;
        }

        var pid = Environment.ProcessId;
        var request = Path.Combine(dir, $"{pid}.request");
        var response = Path.Combine(dir, $"{pid}.response");
        new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(200);
                if (!File.Exists(request))
                {
                    continue;
                }

                File.Delete(request);
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
                var temp = response + ".tmp";
                File.WriteAllText(temp, $"{GC.GetTotalMemory(false)} {info.TotalCommittedBytes}");
                File.Move(temp, response, overwrite: true);
            }
        }) { IsBackground = true, Name = "GcProbe" }.Start();
        Debug.WriteLine("GcProbe ready");
    }
}

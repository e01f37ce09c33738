using System.Collections.Concurrent;
using EmulationPortal.Web.Hosting;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Access;

/// <summary>
/// How many live circuits each user holds (one per open tab of an interactive page), capped at
/// <c>Security:CircuitsPerUser</c> (default 10): every circuit costs the server about 3 MB (docs/operations.md, sizing),
/// so one cookie must not be able to open hundreds.
/// </summary>
internal sealed class CircuitsPerUser(IOptions<SecurityOptions> security)
{
    private readonly int _limit = security.Value.CircuitsPerUser;
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>Counts one more circuit for <paramref name="userId"/>, unless the user already holds the limit.</summary>
    public bool TryOpen(string userId)
    {
        while (true)
        {
            var held = _open.GetOrAdd(userId, 0);
            if (held >= _limit)
            {
                return false;
            }

            if (_open.TryUpdate(userId, held + 1, held))
            {
                return true;
            }
        }
    }

    public void Close(string userId) => _open.AddOrUpdate(userId, 0, (_, held) => Math.Max(0, held - 1));
}

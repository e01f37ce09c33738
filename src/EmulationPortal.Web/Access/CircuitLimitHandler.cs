using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EmulationPortal.Web.Access;

/// <summary>
/// One per circuit: counts it against its user's <see cref="CircuitsPerUser"/> when it opens and releases it when it
/// closes. A circuit over the limit stays connected but <c>MainLayout</c> shows a message in place of the page,
/// so the extra tab costs no page state and the user learns to close tabs rather than seeing a broken page.
/// </summary>
internal sealed class CircuitLimitHandler(AuthenticationStateProvider authentication, CircuitsPerUser circuits) : CircuitHandler
{
    private string? _counted;

    /// <summary>True when this circuit's user already had the allowed number of circuits open.</summary>
    public bool Refused { get; private set; }

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var userId = (await authentication.GetAuthenticationStateAsync()).User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return;
        }

        if (circuits.TryOpen(userId))
        {
            _counted = userId;
        }
        else
        {
            Refused = true;
        }
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_counted is { } userId)
        {
            circuits.Close(userId);
            _counted = null;
        }

        return Task.CompletedTask;
    }
}

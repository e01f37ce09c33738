using System.Security.Claims;
using EmulationPortal.Web.Access;
using Microsoft.AspNetCore.Components.Authorization;
using EmulationPortal.Web.Hosting;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Tests.Security;

/// <summary>One user's circuits are capped; closing one frees a place; other users are unaffected.</summary>
public class CircuitLimitTests
{
    private sealed class SignedIn(string userId) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"))));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly CircuitsPerUser _circuits = new(Options.Create(new SecurityOptions { CircuitsPerUser = 3 }));

    private async Task<CircuitLimitHandler> OpenAsync(string userId)
    {
        var handler = new CircuitLimitHandler(new SignedIn(userId), _circuits);
        await handler.OnCircuitOpenedAsync(null!, Ct); // the handler never looks at the circuit itself
        return handler;
    }

    [Fact]
    public async Task A_user_s_circuit_beyond_the_limit_is_refused_until_one_closes()
    {
        var open = new List<CircuitLimitHandler>();
        for (var i = 0; i < 3; i++)
        {
            open.Add(await OpenAsync("u1"));
        }

        var fourth = await OpenAsync("u1");
        var otherUser = await OpenAsync("u2");
        await open[0].OnCircuitClosedAsync(null!, Ct);
        var afterClose = await OpenAsync("u1");

        Assert.All(open, handler => Assert.False(handler.Refused));
        Assert.True(fourth.Refused);
        Assert.False(otherUser.Refused);
        Assert.False(afterClose.Refused);
    }

    [Fact]
    public async Task A_refused_circuit_closing_frees_no_place()
    {
        for (var i = 0; i < 3; i++)
        {
            await OpenAsync("u1");
        }

        await (await OpenAsync("u1")).OnCircuitClosedAsync(null!, Ct);

        Assert.True((await OpenAsync("u1")).Refused);
    }
}

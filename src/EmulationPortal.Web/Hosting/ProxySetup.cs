using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Web.Hosting;

internal static class ProxySetup
{
    /// <summary>
    /// <c>X-Forwarded-For</c>/<c>-Proto</c> are believed only from the proxies named in <c>ForwardedHeaders:KnownProxies</c>
    /// (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR). None by default: otherwise anyone on the same machine,
    /// or any client when the defaults are cleared, could pick the address the sign-in limit partitions on.
    /// </summary>
    public static void UsePortalForwardedHeaders(this WebApplication app)
    {
        var (proxies, networks) = app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value is var known ? (known.KnownProxies, known.KnownNetworks) : default;
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        app.UseForwardedHeaders(options);
    }
}

using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EmulationPortal.Web.Tests;

/// <summary>bUnit base: MudBlazor services, loose JS interop, the portal's strings, Vietnamese culture, an interactive renderer.</summary>
public abstract class PortalComponentTest : BunitContext
{
    protected PortalComponentTest()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    /// <summary>Call after the test has registered its own services.</summary>
    protected void UseInteractiveRenderer() => SetRendererInfo(new RendererInfo("Server", isInteractive: true));
}

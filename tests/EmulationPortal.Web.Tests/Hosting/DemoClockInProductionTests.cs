namespace EmulationPortal.Web.Tests.Hosting;

/// <summary>A moved clock would stamp real pledges and audit entries with a day that never happened: Production refuses it at start.</summary>
public sealed class DemoClockInProductionTests
{
    /// <summary>The test factory sets <c>Clock:Today</c> as the demo does.</summary>
    private sealed class ProductionWithDemoClock : PortalAppFactory
    {
        protected override string EnvironmentName => "Production";
    }

    [Fact]
    public async Task The_portal_does_not_start_in_Production_with_Clock_Today_and_says_why()
    {
        await using var portal = new ProductionWithDemoClock();

        var failure = Assert.IsType<InvalidOperationException>(Record.Exception(() => portal.CreateClient()), exactMatch: false);

        Assert.Contains("Clock:Today", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Production", failure.Message, StringComparison.Ordinal);
    }
}

using Bunit;
using EmulationPortal.Application.Dashboards;
using EmulationPortal.Web.Features.Dashboards;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Dashboards;

/// <summary>"Cập nhật lúc" is factory time (UTC+7) like every other time the portal shows, whatever zone the server runs in.</summary>
public class DashboardUpdatedAtTests : PortalPageTest
{
    protected override void RegisterPageServices()
    {
        Forward<CampaignDashboardQuery>();
        Forward<DashboardChangeStamp>();
        Forward<DashboardChangeNotifier>();
        Services.AddSingleton<TimeProvider>(Database.Clock); // a fake clock's own zone is UTC, as on the server
    }

    [Fact]
    public void At_18_00_utc_the_dashboard_says_it_was_updated_at_01_00_factory_time()
    {
        Database.Clock.SetUtcNow(new DateTimeOffset(2021, 1, 12, 18, 0, 0, TimeSpan.Zero));

        var page = Render<CampaignDashboardPage>(p => p.Add(d => d.CampaignId, 1));

        page.WaitForAssertion(() => Assert.Contains("Cập nhật lúc 01:00:00", page.Markup, StringComparison.Ordinal));
    }
}

using Bunit;
using EmulationPortal.Application.Identity;
using EmulationPortal.Web.Components.Layout;

namespace EmulationPortal.Web.Tests;

public class NavMenuTests : PortalComponentTest
{
    private IReadOnlyList<string> LinksFor(params string[] roles)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("someone@z121.demo");
        authorization.SetRoles(roles);
        UseInteractiveRenderer();

        return Render<NavMenu>().FindAll("a").Select(a => a.GetAttribute("href")!).ToList();
    }

    [Fact]
    public void Staff_see_home_drives_their_pledges_and_initiatives_but_no_review_dashboard_or_administration()
    {
        var links = LinksFor(Roles.Staff);

        Assert.Equal(["/", "/campaigns", "/pledges", "/reviews", "/awards", "/initiatives", "/notifications", "/Account/ChangePassword"], links);
    }

    [Fact]
    public void A_unit_leader_also_reviews_pledges_and_sees_the_dashboard()
    {
        var links = LinksFor(Roles.UnitLeader);

        Assert.Contains("/pledges/review", links);
        Assert.Contains("/dashboard", links);
        Assert.DoesNotContain("/admin/users", links);
    }

    [Fact]
    public void The_political_officer_follows_dashboards_and_recognitions_without_administration()
    {
        var links = LinksFor(Roles.PoliticalOfficer);

        Assert.Contains("/dashboard", links);
        Assert.Contains("/recognitions", links);
        Assert.Contains("/decisions", links);
        Assert.DoesNotContain("/admin/units", links);
        Assert.DoesNotContain("/pledges/review", links);
    }

    [Fact]
    public void An_admin_manages_units_and_users()
    {
        var links = LinksFor(Roles.Admin);

        Assert.Contains("/admin/units", links);
        Assert.Contains("/admin/users", links);
        Assert.Contains("/admin/rulesets", links);
    }

    [Fact]
    public void Link_texts_are_Vietnamese_by_default()
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("someone@z121.demo");
        authorization.SetRoles(Roles.Staff);
        UseInteractiveRenderer();

        var menu = Render<NavMenu>();

        Assert.Contains("Đăng ký của tôi", menu.Markup, StringComparison.Ordinal);
        Assert.NotNull(menu.Find("nav[aria-label='Điều hướng chính']"));
    }
}

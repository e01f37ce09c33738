using Bunit;
using EmulationPortal.Application.Units;
using EmulationPortal.Web.Features.Admin;
using FluentValidation;

namespace EmulationPortal.Web.Tests.Admin;

/// <summary>The units page with its use cases on the demo database, and the steps its tests take: open a unit's edit panel, save.</summary>
public abstract class UnitsPageTest : PortalPageTest
{
    /// <summary>The machine running the suite is shared and loaded: slow renders get up to 20 s.</summary>
    protected static readonly TimeSpan Slow = TimeSpan.FromSeconds(20);

    protected override void RegisterPageServices()
    {
        Forward<UnitTreeQuery>();
        Forward<AddUnit>();
        Forward<EditUnit>();
        Forward<SetUnitActive>();
        Forward<IValidator<AddUnitRequest>>();
        Forward<IValidator<EditUnitRequest>>();
    }

    /// <summary>The page with the edit panel of the unit <paramref name="code"/> open, once its <paramref name="field"/> is there.</summary>
    protected IRenderedComponent<UnitsPage> EditPage(string code, string field)
    {
        var page = Render<UnitsPage>();
        page.WaitForElement("table", Slow);
        page.Find($"button[aria-label='Sửa {code}']").Click();
        page.WaitForAssertion(() => Field(page, field), Slow);
        return page;
    }

    protected static void Save(IRenderedComponent<UnitsPage> page) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Lưu").Click();
}

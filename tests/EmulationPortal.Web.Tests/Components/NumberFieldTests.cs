using System.Globalization;
using Bunit;
using EmulationPortal.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EmulationPortal.Web.Tests.Components;

/// <summary>The portal's number input (issue 10, items 1 and 11): read in the user's culture, typed text never erased.</summary>
public class NumberFieldTests : PortalComponentTest
{
    private double? _bound = -1;

    public NumberFieldTests()
    {
        Services.AddScoped<UserMessages>();
        UseInteractiveRenderer();
    }

    private IRenderedComponent<MudForm> RenderField(double? value = null, bool wholeNumbers = false, Func<double?, IEnumerable<string>>? validation = null) =>
        Render<MudForm>(form => form.AddChildContent<NumberField>(field => field
            .Add(f => f.Value, value)
            .Add(f => f.ValueChanged, v => _bound = v)
            .Add(f => f.Label, "Giá trị")
            .Add(f => f.WholeNumbers, wholeNumbers)
            .Add(f => f.Validation, validation)));

    private static void Use(string culture) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);

    [Fact]
    public void Vietnamese_grouped_thousands_are_read_as_thousands()
    {
        var form = RenderField();

        form.Find("input").Change("4.500");

        Assert.Equal(4500, _bound);
        Assert.Equal("false", form.Find("input").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void English_grouped_thousands_are_read_as_thousands()
    {
        Use("en-US");
        var form = RenderField();

        form.Find("input").Change("1,500");

        Assert.Equal(1500, _bound);
    }

    [Fact]
    public void A_non_number_keeps_the_typed_text_and_says_why_in_vietnamese()
    {
        var form = RenderField(value: 12);

        form.Find("input").Change("12a");

        Assert.Equal("12a", form.Find("input").GetAttribute("value"));
        Assert.Equal("true", form.Find("input").GetAttribute("aria-invalid"));
        Assert.Contains("Không phải là số", form.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Not a valid number", form.Markup, StringComparison.Ordinal);
        Assert.Null(_bound);
    }

    [Fact]
    public void A_non_number_says_why_in_english_on_an_english_page()
    {
        Use("en-US");
        var form = RenderField();

        form.Find("input").Change("ten");

        Assert.Equal("ten", form.Find("input").GetAttribute("value"));
        Assert.Contains("Not a number: type digits", form.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi-VN", "1.5", "Số chưa rõ nghĩa")]
    [InlineData("en-US", "1,5", "Ambiguous number")]
    public void An_ambiguous_number_is_refused_next_to_the_field(string culture, string typed, string message)
    {
        Use(culture);
        var form = RenderField();

        form.Find("input").Change(typed);

        Assert.Equal(typed, form.Find("input").GetAttribute("value"));
        Assert.Equal("true", form.Find("input").GetAttribute("aria-invalid"));
        Assert.Contains(message, form.Find(".mud-input-control").TextContent, StringComparison.Ordinal);
        Assert.Null(_bound);
    }

    [Fact]
    public void A_fraction_of_a_count_is_refused()
    {
        var form = RenderField(wholeNumbers: true);

        form.Find("input").Change("1,5");

        Assert.Contains("số nguyên", form.Markup, StringComparison.Ordinal);
        Assert.Equal("1,5", form.Find("input").GetAttribute("value"));
        Assert.Null(_bound);
    }

    [Fact]
    public void A_loaded_value_is_shown_the_cultures_way() =>
        Assert.Equal("10.000,5", RenderField(value: 10000.5).Find("input").GetAttribute("value"));

    [Fact]
    public void The_fields_own_rules_run_on_the_value_read()
    {
        var form = RenderField(validation: v => v > 100 ? ["Tỷ lệ phải từ 0 đến 100."] : []);

        form.Find("input").Change("1.000");

        Assert.Contains("Tỷ lệ phải từ 0 đến 100.", form.Markup, StringComparison.Ordinal);
        Assert.Equal(1000, _bound);
    }
}

using System.Globalization;
using EmulationPortal.Web.Features.Targets;

namespace EmulationPortal.Web.Tests;

public class TargetPasteTests
{
    [Fact]
    public void Vietnamese_numbers_use_a_dot_for_thousands_and_a_comma_for_decimals()
    {
        var result = TargetPaste.Parse("1.234,5\t100\n\t2\r\n", CultureInfo.GetCultureInfo("vi-VN"));

        Assert.Empty(result.Errors);
        Assert.Equal([1234.5, 100], result.Rows[0]);
        Assert.Equal([null, 2], result.Rows[1]);
    }

    [Fact]
    public void English_numbers_use_a_comma_for_thousands_and_a_dot_for_decimals()
    {
        var result = TargetPaste.Parse("1,234.5\t7", CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal([1234.5, 7], Assert.Single(result.Rows));
    }

    [Fact]
    public void A_cell_that_is_not_a_number_is_reported_by_row_and_column()
    {
        var result = TargetPaste.Parse("10\t20\n30\tmười", CultureInfo.GetCultureInfo("vi-VN"));

        Assert.Equal(new TargetPaste.BadCell(2, 2, "mười"), Assert.Single(result.Errors));
    }

    /// <summary>Issue 6: another culture's decimal separator, non-numbers and out-of-range text never become a number silently.</summary>
    [Theory]
    [InlineData("vi-VN", "1.5")] // an English decimal in the Vietnamese grid is not fifteen
    [InlineData("vi-VN", "1.234.56")]
    [InlineData("en-US", "1,5")] // a Vietnamese decimal in the English grid is not fifteen
    [InlineData("en-US", "12,34.5")]
    [InlineData("vi-VN", "NaN")]
    [InlineData("en-US", "Infinity")]
    [InlineData("en-US", "-Infinity")]
    [InlineData("en-US", "∞")]
    [InlineData("en-US", "1e308")]
    [InlineData("en-US", "1E5")]
    [InlineData("en-US", "=1+1")]
    [InlineData("vi-VN", "<script>alert(1)</script>")]
    public void A_cell_that_is_not_a_number_of_the_culture_is_reported_not_guessed(string culture, string cell)
    {
        var result = TargetPaste.Parse(cell, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(new TargetPaste.BadCell(1, 1, cell), Assert.Single(result.Errors));
        Assert.Equal([null], Assert.Single(result.Rows));
    }

    [Theory]
    [InlineData("vi-VN", "1,5", 1.5)]
    [InlineData("vi-VN", "-1.234,5", -1234.5)] // negative numbers parse; the grid's save refuses them per measure
    [InlineData("en-US", "1.5", 1.5)]
    [InlineData("en-US", "1,234,567.25", 1234567.25)]
    public void A_number_of_the_culture_is_read(string culture, string cell, double value) =>
        Assert.Equal([value], Assert.Single(TargetPaste.Parse(cell, CultureInfo.GetCultureInfo(culture)).Rows));
}

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
}

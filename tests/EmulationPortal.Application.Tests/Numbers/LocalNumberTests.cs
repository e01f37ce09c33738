using System.Globalization;
using EmulationPortal.Application.Common;

namespace EmulationPortal.Application.Tests.Numbers;

/// <summary>The one number reading, table by table in both cultures (issue 10, item 1).</summary>
public class LocalNumberTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    public static TheoryData<string, string, double> Numbers() => new()
    {
        { "vi-VN", "4.500", 4500 },
        { "vi-VN", "1.500", 1500 },
        { "vi-VN", "1,5", 1.5 },
        { "vi-VN", "10.000", 10000 },
        { "vi-VN", "1.234.567,25", 1234567.25 },
        { "vi-VN", "1234,5", 1234.5 },
        { "vi-VN", " 70 ", 70 },
        { "vi-VN", "0", 0 },
        { "vi-VN", "-3", -3 },
        { "en-US", "1,500", 1500 },
        { "en-US", "1.5", 1.5 },
        { "en-US", "1.500", 1.5 },
        { "en-US", "1,234,567.25", 1234567.25 },
        { "en-US", "4500", 4500 },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Reads_the_cultures_way(string culture, string text, double expected)
    {
        var reading = LocalNumber.Read(text, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(new LocalNumber.Reading(expected, null), reading);
    }

    public static TheoryData<string, string, string> Refused() => new()
    {
        // A separator between digits that are not a group of three is the other culture's decimal: ambiguous.
        { "vi-VN", "1.5", LocalNumber.Ambiguous },
        { "vi-VN", "4.50", LocalNumber.Ambiguous },
        { "vi-VN", "1.5000", LocalNumber.Ambiguous },
        { "vi-VN", "1234.567", LocalNumber.Ambiguous },
        { "vi-VN", "1,500.5", LocalNumber.Ambiguous },
        { "en-US", "1,5", LocalNumber.Ambiguous },
        { "en-US", "12,34", LocalNumber.Ambiguous },
        { "en-US", "1.500,5", LocalNumber.Ambiguous },
        { "vi-VN", "1,2,3", LocalNumber.NotANumber },
        { "en-US", "1.2.3", LocalNumber.NotANumber },
        { "vi-VN", "abc", LocalNumber.NotANumber },
        { "vi-VN", "mười", LocalNumber.NotANumber },
        { "vi-VN", "1e5", LocalNumber.NotANumber },
        { "vi-VN", "1 500", LocalNumber.NotANumber },
        { "vi-VN", ",5", LocalNumber.NotANumber },
        { "vi-VN", "5,", LocalNumber.NotANumber },
        { "vi-VN", ".500", LocalNumber.NotANumber },
        { "vi-VN", "--1", LocalNumber.NotANumber },
        { "vi-VN", "NaN", LocalNumber.NotANumber },
        { "en-US", "Infinity", LocalNumber.NotANumber },
        { "en-US", "٣", LocalNumber.NotANumber },
        { "en-US", new string('9', 41), LocalNumber.NotANumber },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_what_is_not_a_number_or_reads_two_ways(string culture, string text, string code)
    {
        var reading = LocalNumber.Read(text, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(new LocalNumber.Reading(null, code), reading);
    }

    [Theory]
    [InlineData("vi-VN", "1,5")]
    [InlineData("vi-VN", "0,1")]
    [InlineData("en-US", "2.25")]
    public void A_fraction_is_refused_where_only_whole_numbers_count(string culture, string text) =>
        Assert.Equal(LocalNumber.WholeOnly, LocalNumber.Read(text, CultureInfo.GetCultureInfo(culture), wholeOnly: true).ErrorCode);

    [Theory]
    [InlineData("vi-VN", "1.500", 1500)]
    [InlineData("vi-VN", "3,0", 3)]
    [InlineData("en-US", "1,500", 1500)]
    public void A_whole_number_passes_where_only_whole_numbers_count(string culture, string text, double expected) =>
        Assert.Equal(expected, LocalNumber.Read(text, CultureInfo.GetCultureInfo(culture), wholeOnly: true).Value);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_text_is_no_value_and_no_error(string? text) =>
        Assert.Equal(new LocalNumber.Reading(null, null), LocalNumber.Read(text, Vi));

    [Theory]
    [InlineData(4500, "vi-VN", "4.500")]
    [InlineData(1234567.25, "vi-VN", "1.234.567,25")]
    [InlineData(1234567.25, "en-US", "1,234,567.25")]
    [InlineData(0.125, "en-US", "0.125")]
    public void Formats_what_it_reads_back(double value, string culture, string expected)
    {
        var info = CultureInfo.GetCultureInfo(culture);

        Assert.Equal(expected, LocalNumber.Format(value, info));
        Assert.Equal(value, LocalNumber.Read(LocalNumber.Format(value, info), info).Value);
    }

    [Fact]
    public void The_same_text_reads_differently_per_culture_only_where_unambiguous()
    {
        Assert.Equal(1500, LocalNumber.Read("1.500", Vi).Value);
        Assert.Equal(1.5, LocalNumber.Read("1.500", En).Value);
    }
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// The achievement report (báo cáo thành tích) of a nomination as a .docx the unit edits before it signs and files it:
/// the national motto, the title proposed, the subject's particulars, the year's record (rating, pledges with their
/// measured completion, recognitions, initiatives), the summary, and each rule of the verdict with its clause. Texts come
/// from <c>text</c> (keys under "Report.") and the reasons from <c>reason</c>, in the reader's language; A4, Times New Roman 13.
/// </summary>
public static class AchievementReportDocument
{
    private const string Font = "Times New Roman";

    public static void Write(Stream stream, AchievementReport report, Func<string, string> text, Func<RuleCheck, string> reason, Func<DutyRating?, string> rating)
    {
        string T(string key) => text($"Report.{key}");
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var body = new Body();
        document.AddMainDocumentPart().Document = new Document(body);

        body.Append(P(T("Motto"), bold: true, center: true), P(T("MottoLine"), bold: true, center: true), P(string.Empty));
        body.Append(P(T("Heading"), bold: true, center: true, size: 28));
        body.Append(P(string.Format(CultureInfo.CurrentCulture, T("Proposal"), report.Title.ArmyName, report.Year), bold: true, center: true));
        body.Append(P(report.RoundName, center: true, italic: true), P(string.Empty));

        body.Append(P(T(report.IsCollective ? "Section.Collective" : "Section.Person"), bold: true));
        body.Append(Line(T(report.IsCollective ? "CollectiveName" : "FullName"), report.Subject));
        if (!report.IsCollective)
        {
            body.Append(Line(T("StaffCode"), report.StaffCode ?? string.Empty), Line(T("Unit"), report.Unit));
        }
        else
        {
            body.Append(Line(T("Members"), report.Members.ToString(CultureInfo.CurrentCulture)));
        }

        body.Append(Line(T("NominatingUnit"), report.NominatingUnit));
        body.Append(P(T("Section.Record"), bold: true));
        body.Append(Line(T("Rating"), rating(report.Rating)));
        foreach (var pledge in report.Pledges)
        {
            var completion = pledge.Completion is { } c ? c.Value.ToString("P0", CultureInfo.CurrentCulture) : "–";
            body.Append(P("– " + string.Format(CultureInfo.CurrentCulture, T("Pledge"), pledge.Drive, completion)));
        }

        foreach (var initiative in report.Initiatives)
        {
            body.Append(P("– " + string.Format(CultureInfo.CurrentCulture, T("Initiative"), initiative.Code, initiative.RecognisedYear)));
        }

        body.Append(Line(T("Recognitions"), report.Recognitions.ToString(CultureInfo.CurrentCulture)));
        body.Append(P(T("Section.Summary"), bold: true), P(report.Summary));
        AppendVerdict(body, report, T, reason);
        body.Append(P(string.Empty), P(T("Signatures"), bold: true), P(T("SignatureNote"), italic: true));
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 720U, Footer = 720U, Gutter = 0U }));
        document.MainDocumentPart!.Document.Save();
    }

    /// <summary>The rules of the verdict, each with its outcome, its reason and the clause applied (unconfirmed ones labelled).</summary>
    private static void AppendVerdict(Body body, AchievementReport report, Func<string, string> T, Func<RuleCheck, string> reason)
    {
        body.Append(P(T("Section.Basis"), bold: true));
        foreach (var instrument in report.Instruments)
        {
            body.Append(P("– " + instrument.Name));
        }

        foreach (var check in report.Verdict?.Checks ?? [])
        {
            var clause = check.Clause.Citation + (check.Clause.Unconfirmed ? " " + T("Unconfirmed") : string.Empty);
            body.Append(P($"– {T("Outcome." + check.Outcome)}: {reason(check)} ({clause})"));
        }
    }

    private static Paragraph Line(string label, string value)
    {
        var paragraph = P(label + ": ", bold: true);
        paragraph.Append(RunOf(value, bold: false, italic: false, size: 26));
        return paragraph;
    }

    private static Paragraph P(string value, bool bold = false, bool center = false, bool italic = false, int size = 26)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = "80" });
        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        return new Paragraph(properties, RunOf(value, bold, italic, size));
    }

    private static Run RunOf(string value, bool bold, bool italic, int size)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        return new Run(properties, new Text(value) { Space = SpaceProcessingModeValues.Preserve });
    }
}

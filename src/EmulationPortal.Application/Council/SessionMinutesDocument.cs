using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationPortal.Domain.Council;

namespace EmulationPortal.Application.Council;

/// <summary>
/// The session minutes (biên bản họp và kiểm phiếu) as a Word document, with what the printable minutes page shows: who
/// sat and who was absent, the quorum, each closed round's count per nominee against the total membership, the written
/// votes, each title's results, and the secretary's and the chair's signature blocks. Text comes from
/// <paramref name="text"/> (the portal's resource keys with their arguments) in the culture current while writing.
/// </summary>
public static class SessionMinutesDocument
{
    public delegate string Wording(string key, params object[] args);

    public static void Write(Stream stream, CouncilSessionView session, Wording text)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(Heading(session, text));
        body.Append(Attendance(session, text));
        foreach (var item in session.Agenda)
        {
            body.Append(Agenda(session, item, text));
        }

        body.Append(Signatures(session, text));
        body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static IEnumerable<OpenXmlElement> Heading(CouncilSessionView session, Wording text)
    {
        yield return Line(text("Council.Minutes.Heading").ToUpper(CultureInfo.CurrentCulture), bold: true, centred: true, size: 28);
        yield return Line(text("Council.Session.Header", session.RoundName, session.UnitName, session.Day.ToString("d", CultureInfo.CurrentCulture)), centred: true);
        if (session.Status == SessionStatus.Open)
        {
            yield return Line(text("Council.Minutes.Draft"), bold: true);
        }
    }

    private static IEnumerable<OpenXmlElement> Attendance(CouncilSessionView session, Wording text)
    {
        string Seat(CouncilSessionView.Attendee a) => $"– {a.FullName}, {text($"Council.Role.{a.Role}")}";
        yield return Line(text("Council.Minutes.Present", session.PresentCount, session.TotalMembership), bold: true);
        foreach (var attendee in session.Attendees.Where(a => a.Present))
        {
            yield return Line(Seat(attendee));
        }

        yield return Line(text("Council.Minutes.Absent", session.TotalMembership - session.PresentCount), bold: true);
        foreach (var attendee in session.Attendees.Where(a => !a.Present))
        {
            yield return Line(Seat(attendee));
        }

        yield return Line(text("Council.Quorum", session.PresentCount, session.TotalMembership, session.Quorum.Value.ToString("P0", CultureInfo.CurrentCulture))
            + " " + text(session.HasQuorum ? "Council.Quorum.Met" : "Council.Quorum.NotMet"));
    }

    private static IEnumerable<OpenXmlElement> Agenda(CouncilSessionView session, CouncilSessionView.AgendaItem item, Wording text)
    {
        var names = session.Agenda.SelectMany(a => a.Nominees).ToDictionary(n => n.NominationId, n => $"{n.Name} ({n.NominatingUnit})");
        yield return Line(text($"Review.Title.{item.Rule.Title}"), bold: true, size: 26);
        foreach (var round in session.Rounds.Where(r => r.Title == item.Rule.Title && r.IsClosed).OrderBy(r => r.Number))
        {
            yield return Line(text("Council.Round.Caption", round.Number, text(round.Secret ? "Council.Secret" : "Council.OpenVote"), round.BallotsCounted, session.TotalMembership), italic: true);
            yield return Table(
                [text("Council.Nominee"), text("Council.Approvals"), text("Council.Share"), text("Council.Result")],
                round.Tallies.Select(t => new[]
                {
                    names.GetValueOrDefault(t.NominationId, "?"),
                    $"{t.Approvals}/{session.TotalMembership}",
                    ((double)t.Approvals / session.TotalMembership).ToString("P0", CultureInfo.CurrentCulture),
                    text($"Council.Result.{t.Result}") + (t.ByChair ? text("Council.ByChair") : string.Empty),
                }));
            if (round.VotedInWriting.Count > 0)
            {
                yield return Line(text("Council.Minutes.Written", round.VotedInWriting.Count));
            }
        }

        yield return Line(text("Council.Minutes.Results"), italic: true);
        yield return Table([text("Council.Nominee"), text("Council.Result")],
            item.Nominees.Select(n => new[] { $"{n.Name} ({n.NominatingUnit})", text($"Council.Outcome.{n.Outcome}") }));
    }

    /// <summary>The secretary left, the chair right, each with room to sign above the printed name.</summary>
    private static IEnumerable<OpenXmlElement> Signatures(CouncilSessionView session, Wording text)
    {
        string NameOf(CouncilRole role) => session.Attendees.FirstOrDefault(a => a.Role == role)?.FullName ?? string.Empty;
        TableCell Block(CouncilRole role) => new(
            new TableCellProperties(new TableCellWidth { Width = "2500", Type = TableWidthUnitValues.Pct }),
            Line(text($"Council.Role.{role}").ToUpper(CultureInfo.CurrentCulture), bold: true, centred: true),
            Line(text("Council.Minutes.Sign"), italic: true, centred: true),
            Line(string.Empty), Line(string.Empty), Line(string.Empty),
            Line(NameOf(role), bold: true, centred: true));
        yield return Line(string.Empty);
        yield return new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableRow(Block(CouncilRole.Secretary), Block(CouncilRole.Chair)));
    }

    private static Table Table(string[] headers, IEnumerable<string[]> rows)
    {
        static TableCell Cell(string value, bool bold) => new(Line(value, bold));
        var border = () => new BorderValues?(BorderValues.Single);
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = border(), Size = 4 }, new BottomBorder { Val = border(), Size = 4 },
                new LeftBorder { Val = border(), Size = 4 }, new RightBorder { Val = border(), Size = 4 },
                new InsideHorizontalBorder { Val = border(), Size = 4 }, new InsideVerticalBorder { Val = border(), Size = 4 })));
        table.Append(new TableRow(headers.Select(h => Cell(h, bold: true))));
        table.Append(rows.Select(r => new TableRow(r.Select(v => Cell(v, bold: false)))));
        return table;
    }

    private static Paragraph Line(string value, bool bold = false, bool centred = false, bool italic = false, int size = 24)
    {
        var format = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold)
        {
            format.Append(new Bold());
        }

        if (italic)
        {
            format.Append(new Italic());
        }

        format.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        var paragraph = new Paragraph(new Run(format, new Text(value) { Space = SpaceProcessingModeValues.Preserve }));
        if (centred)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        return paragraph;
    }
}

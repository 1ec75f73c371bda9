using System.Globalization;
using Spectre.Console;

namespace ClockSim.Display;

/// <summary>
/// The console's tables, all of one shape: a rounded border, the machine in the first column, figures right-aligned.
/// Headers may break with <c>\n</c> so that every table fits an 80-column terminal without cutting a column.
/// </summary>
internal static class TableText
{
    /// <summary>A table whose columns are <paramref name="headers"/>, the first left-aligned and the others right-aligned.</summary>
    public static Table Create(string title, params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumns([.. headers.Select(h => new TableColumn(Markup.Escape(h)))]);
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        return table;
    }

    /// <summary>Adds a row of <paramref name="values"/> as invariant-culture text, escaped for Spectre markup.</summary>
    public static void AddRow(Table table, params object[] values) =>
        table.AddRow([.. values.Select(v => Markup.Escape(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""))]);
}

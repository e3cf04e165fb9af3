using System.Text;

namespace PlanSdk.Generators.Emit;

/// <summary>A small indenting writer for generated C#: lines, blocks and nothing else.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _text = new();
    private int _indent;

    /// <summary>Writes one line at the current indentation (an empty line has no indentation).</summary>
    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _text.Append(IndentUnit);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public SourceWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Outdents and writes <c>}</c> (with a suffix such as <c>;</c>).</summary>
    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Writes a <c>/// &lt;summary&gt;</c> doc comment; the text is escaped for XML.</summary>
    public SourceWriter Summary(string text)
    {
        Line("/// <summary>" + Literals.XmlText(text) + "</summary>");
        return this;
    }

    public override string ToString() => _text.ToString();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A ladder as a standalone LaTeX document with one TikZ picture, for xelatex: the drawn ladder's
// columns (time, Δt, states), lanes, shaded phases with their titles, arrows with their labels, and
// teacher's notes as yellow callouts below the middle of their arrow, as the window draws them.
// Chinese text loads xeCJK with the first CJK font the machine has.
#include "laddertextwriters.h"

#include "connectionanalyzer.h"

#include <algorithm>
#include <cstdio>

namespace tcpladder::core {

namespace {

// Geometry in cm. The lanes are far enough apart for the longest label at \footnotesize.
constexpr double laneGap = 12.0;
constexpr double rowPitch = 1.1; // label above the arrow, frame line below it
constexpr double noteLine = 0.4; // added above a row that has a loss note
constexpr double titleBand = 0.7;
constexpr double arrowDrop = 0.25;
constexpr double mergedStep = 0.5;   // one step of the merged ladder's time axis (mergedladder.h)
constexpr double calloutLine = 0.36; // a line of a teacher's note, at \scriptsize with its box's padding
constexpr double calloutGap = 0.45;  // from the arrow to the callout's top, below the frame line
// A line break in a callout; the "{}" keeps a next line that starts with '[' from being read as \\[<length>].
constexpr const char *calloutBreak = "\\\\{}";

std::string cm(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

std::string at(double x, double y)
{
    return "(" + cm(x) + "," + cm(y) + ")";
}

// Room below the arrow for the row's teacher's notes, one line each.
double calloutHeight(const TextDiagramRow &row)
{
    const std::size_t lines = noteLines(row).size();
    return lines == 0 ? 0.0 : static_cast<double>(lines) * calloutLine + 0.2;
}

double rowHeight(const TextDiagramRow &row)
{
    return rowPitch + (row.lossNote.empty() && row.gap.empty() ? 0.0 : noteLine) + calloutHeight(row);
}

class TikzPicture
{
public:
    explicit TikzPicture(const TextDiagram &diagram)
        : m_diagram(diagram),
          m_stateWidth(diagram.showStates ? 2.5 : 0.0)
    {
    }

    std::string body()
    {
        header();
        for (const TextDiagramPhase &phase : m_diagram.phases)
            writePhase(phase);
        m_out += "\\draw[lifeline] (0,-0.05) -- " + at(0, m_y) + ";\n";
        m_out += "\\draw[lifeline] " + at(laneGap, -0.05) + " -- " + at(laneGap, m_y) + ";\n";
        return m_out;
    }

private:
    void header()
    {
        m_out += lane(0, m_diagram.client) + lane(laneGap, m_diagram.server);
        const TextDiagramWords &w = m_diagram.words;
        m_out += "\\node[column] at " + at(timeRight(), -0.3) + " {" + escapeTex(m_diagram.merged ? w.sent : w.time)
            + "};\n";
        m_out += "\\node[column] at " + at(deltaRight(), -0.3) + " {"
            + escapeTex(m_diagram.merged ? w.oneWayDelay : w.delta) + "};\n";
        m_y = -0.6;
    }

    static std::string lane(double x, const TextDiagramLane &lane)
    {
        std::string text = "\\textbf{" + escapeTex(lane.role) + "}\\\\" + escapeTex(lane.endpoint);
        if (!lane.hostname.empty())
            text += "\\\\" + escapeTex(lane.hostname);
        return "\\node[lane] at " + at(x, 0) + " {" + text + "};\n";
    }

    double deltaRight() const { return -0.3 - m_stateWidth; }
    // The merged ladder's second column is headed "one-way delay (ms)": wider than "Δt (s)".
    double timeRight() const { return deltaRight() - (m_diagram.merged ? 3.2 : 2.0); }

    void writePhase(const TextDiagramPhase &phase)
    {
        double height = titleBand;
        for (const TextDiagramRow &row : phase.rows)
            height += m_diagram.merged ? 0.0 : rowHeight(row);
        if (m_diagram.merged)
            for (const TextDiagramRow &row : phase.rows)
                height = std::max(height, titleBand + (row.receivedStep + 1.5) * mergedStep);
        m_out += "\\fill[" + std::string(toString(phase.phase)) + "] " + at(-0.2, m_y) + " rectangle "
            + at(laneGap + 0.2, m_y - height) + ";\n";
        m_out += "\\node[phase] at " + at(laneGap / 2, m_y - titleBand / 2) + " {" + escapeTex(phase.title) + "};\n";
        m_y -= titleBand;
        if (m_diagram.merged) {
            for (const TextDiagramRow &row : phase.rows)
                writeMergedRow(row);
            m_y -= height - titleBand;
            return;
        }
        for (const TextDiagramRow &row : phase.rows)
            writeRow(row);
    }

    // The true slant: from the send moment on the sender's lifeline to the arrival on the receiver's;
    // a lost segment stops half-way, at a cross.
    void writeMergedRow(const TextDiagramRow &row)
    {
        const double sentY = m_y - row.sentStep * mergedStep;
        const double receivedY = m_y - row.receivedStep * mergedStep;
        const double from = row.toServer ? 0 : laneGap;
        const double to = row.lost ? laneGap / 2 : (row.toServer ? laneGap : 0);
        m_out += "\\node[time] at " + at(timeRight(), sentY) + " {" + escapeTex(row.sent) + "};\n";
        m_out += "\\node[time] at " + at(deltaRight(), sentY) + " {" + escapeTex(row.oneWayDelay) + "};\n";
        std::string label = escapeTex(row.label) + " \\textcolor{frametext}{" + escapeTex(row.frameLine) + "}";
        if (!row.tag.empty())
            label +=
                "\\quad\\textcolor{" + std::string(row.lost ? "tag" : "frametext") + "}{" + escapeTex(row.tag) + "}";
        const std::string anchor = row.toServer ? "south west" : "south east";
        m_out += "\\draw[" + std::string(row.lost ? "lostsegment" : "segment") + "] " + at(from, sentY) + " -- "
            + at(to, receivedY) + ";\n";
        m_out += "\\node[mergedlabel, anchor=" + anchor + "] at " + at(row.toServer ? 0.15 : laneGap - 0.15, sentY)
            + " {" + label + "};\n";
        if (row.lost)
            m_out += "\\node[lostmark] at " + at(to, receivedY) + " {};\n";
        // Slanted arrows leave no room below them: the callout goes beside the server's lifeline.
        if (const std::string notes = noteText(row, escapeTex, calloutBreak); !notes.empty())
            m_out +=
                "\\node[callout, anchor=west] at " + at(laneGap + 0.3, (sentY + receivedY) / 2) + " {" + notes + "};\n";
    }

    void writeRow(const TextDiagramRow &row)
    {
        const double top = m_y;
        m_y -= rowHeight(row);
        const double arrowY = top - (rowHeight(row) - rowPitch - calloutHeight(row)) - 0.55;
        const double midY = arrowY - arrowDrop / 2;
        m_out += "\\node[time] at " + at(timeRight(), midY) + " {" + escapeTex(row.time) + "};\n";
        m_out += "\\node[time] at " + at(deltaRight(), midY) + " {" + escapeTex(row.delta) + "};\n";
        if (row.collapsed) {
            const double middleY = (top + m_y + calloutHeight(row)) / 2;
            m_out += "\\node[run] at " + at(laneGap / 2, middleY) + " {" + escapeTex(row.label) + "\\\\"
                + escapeTex(row.frameLine) + "};\n";
            writeCallout(row, middleY - 0.35); // from the run box's lower edge
            return;
        }
        const double from = row.toServer ? 0 : laneGap;
        const double to = row.toServer ? laneGap : 0;
        std::string label = escapeTex(row.label);
        if (!row.tag.empty())
            label += "\\quad\\textcolor{tag}{" + escapeTex(row.tag) + "}";
        m_out += "\\draw[segment] " + at(from, arrowY) + " -- node[label] {" + label + "} " + at(to, arrowY - arrowDrop)
            + ";\n";
        m_out += "\\node[frame, anchor=" + std::string(row.toServer ? "north west" : "north east") + "] at "
            + at(row.toServer ? 0.15 : laneGap - 0.15, arrowY - arrowDrop - 0.02) + " {" + escapeTex(row.frameLine)
            + "};\n";
        if (!row.lossNote.empty())
            m_out += "\\node[loss] at " + at(laneGap / 2, arrowY + 0.7) + " {" + escapeTex(row.lossNote) + "};\n";
        if (!row.gap.empty())
            m_out += "\\node[gap, anchor=" + std::string(row.toServer ? "west" : "east") + "] at "
                + at(row.toServer ? 0.1 : laneGap - 0.1, arrowY + 0.7) + " {" + escapeTex(row.gap) + "};\n";
        writeCallout(row, arrowY - arrowDrop / 2);
        if (row.clientStateChanged)
            m_out += "\\node[state, anchor=east] at " + at(-0.12, arrowY - arrowDrop) + " {"
                + escapeTex(row.clientState) + "};\n";
        if (row.serverStateChanged)
            m_out += "\\node[state, anchor=west] at " + at(laneGap + 0.12, arrowY - arrowDrop) + " {"
                + escapeTex(row.serverState) + "};\n";
    }

    // Below the frame line, in the middle between the lifelines, tied to the arrow's middle at `anchorY`.
    void writeCallout(const TextDiagramRow &row, double anchorY)
    {
        const std::string text = noteText(row, escapeTex, calloutBreak);
        if (text.empty())
            return;
        const double topY = anchorY - calloutGap;
        m_out += "\\draw[calloutline] " + at(laneGap / 2, anchorY) + " -- " + at(laneGap / 2, topY) + ";\n";
        m_out += "\\node[callout] at " + at(laneGap / 2, topY) + " {" + text + "};\n";
    }

    const TextDiagram &m_diagram;
    const double m_stateWidth;
    double m_y = 0;
    std::string m_out;
};

constexpr const char *styles = R"(\begin{tikzpicture}[font=\sffamily\footnotesize,
  lane/.style={draw, rounded corners=2pt, fill=white, align=center, inner sep=4pt},
  lifeline/.style={draw=black!55, line width=0.6pt},
  column/.style={anchor=east, font=\sffamily\scriptsize\bfseries, text=black!70},
  time/.style={anchor=east, font=\ttfamily\scriptsize, text=black!70},
  phase/.style={font=\sffamily\footnotesize\bfseries},
  segment/.style={-{Stealth[length=2.2mm]}, line width=0.7pt},
  mergedlabel/.style={font=\sffamily\tiny, inner sep=1pt},
  lostsegment/.style={line width=0.7pt, red!70!black},
  lostmark/.style={cross out, draw=red!70!black, line width=1pt, minimum size=2.5mm, inner sep=0pt},
  label/.style={above=1pt, midway, sloped=false},
  frame/.style={font=\sffamily\tiny, text=black!60, inner sep=1pt},
  run/.style={draw, dashed, rounded corners=2pt, fill=white, align=center, font=\sffamily\scriptsize},
  loss/.style={font=\sffamily\scriptsize, text=orange!70!black},
  gap/.style={font=\sffamily\scriptsize, text=red!70!black},
  state/.style={font=\ttfamily\scriptsize, text=blue!60!black},
  callout/.style={anchor=north, draw=callout!80!black, fill=callout, rounded corners=1.5pt, align=left,
    font=\sffamily\scriptsize, inner sep=2.5pt},
  calloutline/.style={draw=callout!80!black, line width=0.4pt}]
)";

} // namespace

std::string writeTikz(const TextDiagram &diagram)
{
    const std::string body = TikzPicture(diagram).body();
    std::string out = "% " + diagram.words.title + " (tcpladder). Compile with: xelatex FILE.tex\n";
    out += "\\documentclass[tikz,border=8pt]{standalone}\n\\usepackage{fontspec}\n";
    if (hasCjk(body) || hasCjk(diagram.words.title)) {
        // The first CJK font found: Noto (fonts-noto-cjk), WenQuanYi (fonts-wqy-microhei), then TeX Live's Fandol.
        out += "\\usepackage{xeCJK}\n"
               "\\IfFontExistsTF{Noto Sans CJK SC}{\\setCJKmainfont{Noto Sans CJK SC}\\setCJKsansfont{Noto Sans CJK "
               "SC}}{%\n"
               "\\IfFontExistsTF{WenQuanYi Micro Hei}{\\setCJKmainfont{WenQuanYi Micro Hei}"
               "\\setCJKsansfont{WenQuanYi Micro Hei}}{%\n"
               "\\setCJKmainfont{FandolHei-Regular.otf}\\setCJKsansfont{FandolHei-Regular.otf}}}\n";
    }
    out += "\\usetikzlibrary{arrows.meta,shapes.misc}\n"
           "\\colorlet{handshake}{blue!7}\\colorlet{data}{black!4}\\colorlet{teardown}{orange!10}"
           "\\colorlet{reset}{red!9}\\colorlet{tag}{red!70!black}\\colorlet{frametext}{black!55}"
           "\\definecolor{callout}{HTML}{FFF3B0}\n"
           "\\begin{document}\n";
    out += styles;
    out += body;
    out += "\\end{tikzpicture}\n\\end{document}\n";
    return out;
}

} // namespace tcpladder::core

import type { Picture } from "@/lib/exports/pictures/picture";

// The export pictures as React SVG (no innerHTML): the same layout the PDF and DOCX draw.

/** One export picture, scaled to its container's width. */
export function SummaryPicture({ picture }: { picture: Picture }) {
  const id = picture.title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <figure className="flex break-inside-avoid flex-col gap-1">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${picture.width} ${picture.height}`}
        className="h-auto w-full max-w-2xl self-center font-sans print:max-h-[95mm] print:w-auto print:max-w-full"
        data-testid={`picture-${id}`}
      >
        <title id={`${id}-title`}>{picture.title}</title>
        <desc id={`${id}-desc`}>{picture.description}</desc>
        {picture.shapes.map((shape, index) => {
          switch (shape.kind) {
            case "rect":
              return (
                <rect
                  key={index}
                  x={shape.x}
                  y={shape.y}
                  width={shape.width}
                  height={shape.height}
                  fill={shape.fill}
                  stroke={shape.stroke}
                />
              );
            case "line":
              return (
                <line
                  key={index}
                  x1={shape.x1}
                  y1={shape.y1}
                  x2={shape.x2}
                  y2={shape.y2}
                  stroke={shape.stroke}
                  strokeWidth={shape.width}
                />
              );
            case "circle":
              return (
                <circle
                  key={index}
                  cx={shape.cx}
                  cy={shape.cy}
                  r={shape.r}
                  fill={shape.fill}
                  stroke={shape.stroke}
                />
              );
            case "text":
              return (
                <text
                  key={index}
                  x={shape.x}
                  y={shape.y}
                  fontSize={shape.size}
                  fill={shape.fill}
                  textAnchor={shape.anchor}
                  fontWeight={shape.bold ? 700 : undefined}
                  transform={
                    shape.rotate ? `rotate(${-shape.rotate} ${shape.x} ${shape.y})` : undefined
                  }
                >
                  {shape.text}
                </text>
              );
          }
        })}
      </svg>
      <figcaption className="sr-only">{picture.title}</figcaption>
    </figure>
  );
}

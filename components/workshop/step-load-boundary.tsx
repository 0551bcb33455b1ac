"use client";

import { Component, type ReactNode } from "react";
import { buttonStyles } from "@/components/ui/button-styles";

type Props = { step: string; children: ReactNode };
type State = { failed: boolean };

/**
 * Keeps a board that could not load (typically its code chunk, while offline) from taking the
 * whole room down: the header, the other steps and every saved edit stay, and the board loads
 * again with a fresh page once the connection is back.
 */
export class StepLoadBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidUpdate(previous: Props): void {
    if (previous.step !== this.props.step && this.state.failed) this.setState({ failed: false });
  }

  componentDidMount(): void {
    window.addEventListener("online", this.reloadWhenOnline);
  }

  componentWillUnmount(): void {
    window.removeEventListener("online", this.reloadWhenOnline);
  }

  // The failed chunk stays failed in this page's module cache: only a fresh page loads it again.
  // Edits are safe across the reload (saved on the server or in this device's offline copy).
  private reloadWhenOnline = (): void => {
    if (this.state.failed) window.location.reload();
  };

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div
        role="alert"
        className="flex flex-col items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
      >
        <p className="font-medium">This step could not be loaded.</p>
        <p>
          It needs the connection the first time it opens. Nothing you wrote is lost; the step loads
          by itself when you are back online.
        </p>
        <button
          type="button"
          className={buttonStyles.secondary}
          onClick={() => window.location.reload()}
        >
          Try again now
        </button>
      </div>
    );
  }
}

// The phone menu: with JavaScript, narrow screens show a "Menu" button in place of the links
// (site.css, .js rules). Loaded in <head> without defer, so the page never draws the open menu
// first; the click is handled on the document, which exists already.
document.documentElement.classList.add("js");
document.addEventListener("click", function (event) {
  var button = event.target.closest(".menu-toggle");
  if (!button) return;
  var menu = document.getElementById(button.getAttribute("aria-controls"));
  var open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", open ? "true" : "false");
  menu.classList.toggle("open", open);
});

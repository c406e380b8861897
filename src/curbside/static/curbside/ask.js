// The ask page: "What is it for?" offers only the uses of the treatments the asker ticked
// (each option's data-treatments lists their checkbox values; qa.forms.UseSelect). With no
// treatment ticked every use is offered; when none fits, the question is hidden.
(function () {
  var select = document.getElementById("id_condition");
  var boxes = document.querySelectorAll('input[name="treatments"]');
  if (!select || !boxes.length) return;
  var field = select.closest(".field");

  function update() {
    var ticked = Array.prototype.filter.call(boxes, function (b) { return b.checked; })
      .map(function (b) { return b.value; });
    var offered = 0;
    Array.prototype.forEach.call(select.options, function (option) {
      if (!option.value) return;
      var mine = (option.getAttribute("data-treatments") || "").split(" ");
      var show = !ticked.length || ticked.some(function (t) { return mine.indexOf(t) >= 0; });
      option.hidden = !show;
      option.disabled = !show;
      if (show) offered += 1;
      else if (option.selected) select.value = "";
    });
    Array.prototype.forEach.call(select.querySelectorAll("optgroup"), function (group) {
      group.hidden = !Array.prototype.some.call(group.children, function (o) { return !o.hidden; });
    });
    if (field) field.hidden = ticked.length > 0 && offered === 0;
  }

  Array.prototype.forEach.call(boxes, function (box) { box.addEventListener("change", update); });
  update();
})();
